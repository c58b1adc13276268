// A class's assignments: title, due date, and for a student their best score so far.
import { shortDate } from '../../_lib/dates';

export interface AssignmentRow {
  id: string;
  title: string;
  dueAt: Date;
  /** The student's best score; undefined on the teacher's view, null before any submission. */
  best?: { score: number; maxScore: number; late: boolean } | null;
}

export function AssignmentTable({ assignments, forStudent }: { assignments: AssignmentRow[]; forStudent: boolean }) {
  if (!assignments.length) return <p className="muted" data-testid="no-assignments">No assignments yet.</p>;
  const now = Date.now();
  return (
    <table className="data-table" data-testid="assignment-list">
      <thead>
        <tr><th scope="col">Assignment</th><th scope="col">Due</th>{forStudent && <th scope="col">Your best score</th>}</tr>
      </thead>
      <tbody>
        {assignments.map((a) => (
          <tr key={a.id} data-testid="assignment-item">
            <th scope="row"><a href={`/assignments/${a.id}`}>{a.title}</a></th>
            <td>
              <time dateTime={a.dueAt.toISOString()}>{shortDate(a.dueAt)}</time>
              {a.dueAt.getTime() < now && <span className="badge badge--warn badge--inline">past due</span>}
            </td>
            {forStudent && (
              <td data-testid="assignment-best">
                {a.best ? <>{a.best.score} / {a.best.maxScore}{a.best.late && <span className="badge badge--warn badge--inline">late</span>}</> : <span className="muted">not submitted</span>}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
