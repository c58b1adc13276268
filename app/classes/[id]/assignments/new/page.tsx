// /classes/<id>/assignments/new (class teacher): the assignment editor, starting from the tutorial's
// sequential program and a ≤ 3 s time check.
import { classFor } from '@/lib/usecases/classroom/access.ts';
import { canManageClass } from '@/lib/classroom/authorization.ts';
import { database } from '@/lib/db/database.ts';
import { example } from '@/lib/examples/catalog.ts';
import { AssignmentEditor } from '../../../../_components/classroom/AssignmentEditor.tsx';
import { ClassroomPage } from '../../../../_components/classroom/ClassroomPage.tsx';
import { Refused } from '../../../../_components/classroom/Refused.tsx';
import { access } from '../../../../_components/classroom/page-access.ts';
import { requirePageUser } from '../../../../_components/classroom/session-user.ts';
import { cachedBuiltinsDts } from '../../../../_lib/cached-builtins-dts.ts';

export const metadata = { title: 'New assignment — Taskline' };

/** A new assignment is due this far ahead unless the teacher changes it (one week). */
const DEFAULT_DUE_IN_MS = 7 * 24 * 60 * 60 * 1000;

export default async function NewAssignmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/classes/${id}/assignments/new`);
  const loaded = await access(async () => classFor(await database(), user, id, canManageClass));
  if (!loaded.ok) return <Refused user={user} reason={loaded.reason} />;
  const cls = loaded.value;
  const initial = {
    title: '', instructions: '', starterCode: example('sequential').code,
    dueAt: new Date(Date.now() + DEFAULT_DUE_IN_MS).toISOString(), checks: [],
  };
  return (
    <ClassroomPage user={user}>
      <p className="breadcrumb"><a href="/classes">My classes</a> / <a href={`/classes/${cls.id}`}>{cls.name}</a> /</p>
      <h1 className="page-title">New assignment</h1>
      <AssignmentEditor initial={initial} target={{ method: 'POST', url: `/api/classes/${cls.id}/assignments` }} builtinsDts={await cachedBuiltinsDts()} />
    </ClassroomPage>
  );
}
