// A class's assignments: title, due date and due state; for the teacher how many submissions came
// from how many students, for a student their own deadline and best score so far.
import { type DueState, DUE_STATE_LABELS } from '@/lib/classroom/late-policy.ts';
import { shortDate } from '../../_lib/dates.ts';

export interface AssignmentRow {
  id: string;
  title: string;
  /** The assignment's due date (a student's extension on their view). */
  dueAt: Date;
  state: DueState;
  /** The teacher's view: submissions and distinct students who submitted. */
  counts?: { submissions: number; students: number };
  /** The student's best score; undefined on the teacher's view, null before any submission. */
  best?: { score: number; maxScore: number; late: boolean } | null;
}

const STATE_BADGE: Record<DueState, string> = { open: 'badge--muted', 'due-soon': 'badge--warn', 'late-accepted': 'badge--warn', 'late-penalty': 'badge--warn', closed: 'badge--muted' };

export function AssignmentTable({ assignments, forStudent }: { assignments: AssignmentRow[]; forStudent: boolean }) {
  if (!assignments.length) return <p className="muted" data-testid="no-assignments">No assignments yet.</p>;
  return (
    <table className="data-table" data-testid="assignment-list">
      <thead>
        <tr><th scope="col">Assignment</th><th scope="col">Due</th>{forStudent ? <th scope="col">Your best score</th> : <th scope="col">Submissions</th>}</tr>
      </thead>
      <tbody>
        {assignments.map((a) => (
          <tr key={a.id} data-testid="assignment-item" data-state={a.state}>
            <th scope="row"><a href={`/assignments/${a.id}`}>{a.title}</a></th>
            <td>
              <time dateTime={a.dueAt.toISOString()}>{shortDate(a.dueAt)}</time>
              <span className={`badge badge--inline ${STATE_BADGE[a.state]}`} data-testid="assignment-state">{DUE_STATE_LABELS[a.state]}</span>
            </td>
            {forStudent ? (
              <td data-testid="assignment-best">
                {a.best ? <>{a.best.score} / {a.best.maxScore}{a.best.late && <span className="badge badge--warn badge--inline">late</span>}</> : <span className="muted">not submitted</span>}
              </td>
            ) : (
              <td data-testid="assignment-count">
                {a.counts?.submissions ?? 0} <span className="muted">from {a.counts?.students ?? 0} student{a.counts?.students === 1 ? '' : 's'}</span>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
