// Every submission to the assignment, newest first, for the teacher to open any of them (not only
// each student's best), with how each run ended: a deadlock at 1 s is not a 1 s run.
import { shortDate } from '../../_lib/dates.ts';
import { virtualTime } from '../../_lib/format.ts';
import { RunBadge, type SubmissionItem } from './SubmissionList.tsx';

export type TeacherSubmissionItem = SubmissionItem & { username: string };

export function AllSubmissions({ submissions }: { submissions: TeacherSubmissionItem[] }) {
  if (!submissions.length) return <p className="muted">No submissions yet.</p>;
  return (
    <table className="data-table data-table--compact" data-testid="all-submissions">
      <thead><tr><th scope="col">Student</th><th scope="col">Submitted</th><th scope="col">Score</th><th scope="col">Virtual time</th><th scope="col">Status</th><th scope="col"><span className="visually-hidden">Open</span></th></tr></thead>
      <tbody>
        {submissions.map((s) => (
          <tr key={s.id} data-testid="all-submission-row">
            <th scope="row">{s.username}</th>
            <td>{shortDate(s.createdAt)} {s.late && <span className="badge badge--warn badge--inline">late</span>}</td>
            <td>{s.score} / {s.maxScore}</td>
            <td>{s.status === 'ok' ? virtualTime(s.virtualMs) : <span className="muted">stopped at {virtualTime(s.virtualMs)}</span>}</td>
            <td><RunBadge status={s.status} /></td>
            <td><a href={`/submissions/${s.id}`}>Open</a></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
