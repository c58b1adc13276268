// /assignments/<id>: the class teacher gets the dashboard; an enrolled student the playground with
// Submit. Anyone else gets the 404 page, as from the API.
import { assignmentFor } from '@/lib/usecases/classroom/access.ts';
import { canViewClass } from '@/lib/classroom/authorization.ts';
import { database } from '@/lib/db/database.ts';
import { ClassroomPage } from '../../_components/classroom/ClassroomPage.tsx';
import { StudentWorkspace } from '../../_components/classroom/StudentWorkspace.tsx';
import { TeacherDashboard } from '../../_components/classroom/TeacherDashboard.tsx';
import { access } from '../../_components/classroom/page-access.ts';
import { Refused } from '../../_components/classroom/Refused.tsx';
import { requirePageUser } from '../../_components/classroom/session-user.ts';
import { cachedBuiltinsDts } from '../../_lib/cached-builtins-dts.ts';
import { loadDashboard } from './load-dashboard.ts';
import { loadStudentAssignment } from './load-student.ts';

export const metadata = { title: 'Assignment — Taskline' };

export default async function AssignmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/assignments/${id}`);
  const loaded = await access(async () => assignmentFor(await database(), user, id, canViewClass));
  if (!loaded.ok) return <Refused user={user} reason={loaded.reason} />;
  const { assignment, cls } = loaded.value;
  if (cls.teacherId === user.id) {
    const data = await loadDashboard(assignment);
    const hidden = assignment.checks.filter((c) => !c.visible).length;
    return (
      <ClassroomPage user={user} wide>
        <TeacherDashboard {...data} cls={{ id: cls.id, name: cls.name }}
          assignment={{ id: assignment.id, title: assignment.title, dueAt: assignment.dueAt, checkCount: assignment.checks.length, hiddenCheckCount: hidden }} />
      </ClassroomPage>
    );
  }
  const data = await loadStudentAssignment(assignment, user);
  return <StudentWorkspace {...data} user={{ username: user.username, role: user.role }} builtinsDts={await cachedBuiltinsDts()} />;
}
