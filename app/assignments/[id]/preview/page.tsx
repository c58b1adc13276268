// /assignments/<id>/preview (class teacher): the assignment exactly as a student sees it (the same
// loader and StudentWorkspace, visible checks only, no reference solution), with Submit replaced by
// a "preview" note. Students and strangers get the class rules' refusal or 404.
import { assignmentFor } from '@/lib/usecases/classroom/access.ts';
import { canManageClass } from '@/lib/classroom/authorization.ts';
import { database } from '@/lib/db/database.ts';
import { StudentWorkspace } from '../../../_components/classroom/StudentWorkspace.tsx';
import { access } from '../../../_components/classroom/page-access.ts';
import { Refused } from '../../../_components/classroom/Refused.tsx';
import { requirePageUser } from '../../../_components/classroom/session-user.ts';
import { cachedBuiltinsDts } from '../../../_lib/cached-builtins-dts.ts';
import { studentAssignmentView } from '../load-student.ts';

export const metadata = { title: 'Preview as a student — Taskline' };

export default async function PreviewAssignmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/assignments/${id}/preview`);
  const loaded = await access(async () => assignmentFor(await database(), user, id, canManageClass));
  if (!loaded.ok) return <Refused user={user} reason={loaded.reason} />;
  const { assignment } = loaded.value;
  return (
    <StudentWorkspace user={{ username: user.username, role: user.role }} assignment={await studentAssignmentView(assignment, null)}
      initialCode={assignment.starterCode} submissions={[]} latest={null} builtinsDts={await cachedBuiltinsDts()}
      preview={{ editUrl: `/assignments/${assignment.id}/edit` }} />
  );
}
