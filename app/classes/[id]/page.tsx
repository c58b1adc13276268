// /classes/<id>: for its teacher the join code and link, the assignments with submission counts and
// due state (with "new assignment"), and the roster with deadline extensions; for an enrolled
// student the assignments with their own deadlines and best scores.
import { ClassroomPage } from '../../_components/classroom/ClassroomPage.tsx';
import { AssignmentTable } from '../../_components/classroom/AssignmentTable.tsx';
import { RosterTable } from '../../_components/classroom/RosterTable.tsx';
import { JoinLink } from '../../_components/classroom/JoinLink.tsx';
import { requirePageUser } from '../../_components/classroom/session-user.ts';
import { access } from '../../_components/classroom/page-access.ts';
import { Refused } from '../../_components/classroom/Refused.tsx';
import { loadClass } from './load-class.ts';

export const metadata = { title: 'Class — Taskline' };

export default async function ClassPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/classes/${id}`);
  const loaded = await access(() => loadClass(user, id));
  if (!loaded.ok) return <Refused user={user} reason={loaded.reason} />;
  const { cls, teacher, assignments, roster, extensions } = loaded.value;
  return (
    <ClassroomPage user={user}>
      <p className="breadcrumb"><a href="/classes">My classes</a> /</p>
      <h1 className="page-title" data-testid="class-name">{cls.name}</h1>
      {teacher && (
        <section className="card join-code" aria-label="Join code">
          <span className="field__label">Join code for students</span>
          <code className="join-code__value" data-testid="join-code">{cls.joinCode}</code>
          <span className="muted">Students enter it on their “My classes” page, or open the join link:</span>
          <JoinLink code={cls.joinCode} />
        </section>
      )}
      <section className="card" aria-labelledby="assignments-title">
        <div className="section-head">
          <h2 id="assignments-title" className="section-title">Assignments</h2>
          {teacher && <a className="primary-button" href={`/classes/${cls.id}/assignments/new`} data-testid="new-assignment">New assignment</a>}
        </div>
        <AssignmentTable assignments={assignments} forStudent={!teacher} />
      </section>
      {teacher && (
        <section className="card" aria-labelledby="roster-title">
          <h2 id="roster-title" className="section-title">Roster ({roster.length})</h2>
          <RosterTable classId={cls.id} roster={roster} extensions={extensions}
            assignments={assignments.map((a) => ({ id: a.id, title: a.title, dueAt: a.dueAt }))} />
        </section>
      )}
    </ClassroomPage>
  );
}
