// A student's submissions to one assignment, newest first, each opening its own page.
import { shortDate } from '../../_lib/dates';
import { virtualTime } from '../../_lib/format';

export interface SubmissionItem {
  id: string;
  score: number;
  maxScore: number;
  virtualMs: number;
  status: string;
  late: boolean;
  createdAt: Date | string;
}

export function SubmissionList({ submissions }: { submissions: SubmissionItem[] }) {
  if (!submissions.length) return <p className="muted" data-testid="no-submissions">No submissions yet. Press Submit to be graded; you can submit as often as you like.</p>;
  return (
    <table className="data-table data-table--compact" data-testid="submission-list">
      <caption className="section-title">Your submissions ({submissions.length})</caption>
      <thead><tr><th scope="col">Submitted</th><th scope="col">Score</th><th scope="col">Virtual time</th><th scope="col"><span className="visually-hidden">Open</span></th></tr></thead>
      <tbody>
        {submissions.map((s) => (
          <tr key={s.id} data-testid="submission-item">
            <td>{shortDate(s.createdAt)} {s.late && <span className="badge badge--warn badge--inline">late</span>}</td>
            <td>{s.score} / {s.maxScore}</td>
            <td>{virtualTime(s.virtualMs)}</td>
            <td><a href={`/submissions/${s.id}`} data-testid="submission-link">Open</a></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
