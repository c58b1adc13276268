// /assignments/<id>/edit (class teacher): the assignment editor on the saved assignment, hidden
// checks, late policy and private solution included. Saved changes apply to new submissions; the
// editor offers to regrade the old ones when the checks changed.
import { assignmentFor } from '@/lib/usecases/classroom/access.ts';
import { canManageClass } from '@/lib/classroom/authorization.ts';
import { database } from '@/lib/db/database.ts';
import { AssignmentEditor } from '../../../_components/classroom/AssignmentEditor.tsx';
import { ClassroomPage } from '../../../_components/classroom/ClassroomPage.tsx';
import { Refused } from '../../../_components/classroom/Refused.tsx';
import { access } from '../../../_components/classroom/page-access.ts';
import { requirePageUser } from '../../../_components/classroom/session-user.ts';
import { cachedBuiltinsDts } from '../../../_lib/cached-builtins-dts.ts';
import { findSolution } from '@/lib/db/authoring.ts';
import { staleGradeCount } from '@/lib/db/assignments.ts';

export const metadata = { title: 'Edit assignment — Taskline' };

export default async function EditAssignmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/assignments/${id}/edit`);
  const loaded = await access(async () => assignmentFor(await database(), user, id, canManageClass));
  if (!loaded.ok) return <Refused user={user} reason={loaded.reason} />;
  const { assignment: a, cls } = loaded.value;
  const db = await database();
  const [solution, stale] = await Promise.all([findSolution(db, a.id), staleGradeCount(db, a.id, a.checksVersion)]);
  const initial = {
    title: a.title, instructions: a.instructions, starterCode: a.starterCode, dueAt: a.dueAt.toISOString(), checks: a.checks, latePolicy: a.latePolicy, solution,
  };
  return (
    <ClassroomPage user={user}>
      <p className="breadcrumb"><a href="/classes">My classes</a> / <a href={`/classes/${cls.id}`}>{cls.name}</a> / <a href={`/assignments/${a.id}`}>{a.title}</a> /</p>
      <h1 className="page-title">Edit assignment</h1>
      <AssignmentEditor initial={initial} target={{ method: 'PUT', url: `/api/assignments/${a.id}` }} builtinsDts={await cachedBuiltinsDts()}
        assignmentId={a.id} staleGrades={stale} />
    </ClassroomPage>
  );
}
