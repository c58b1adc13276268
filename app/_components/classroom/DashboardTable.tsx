// The teacher's table: every rostered student (those without a submission too) with best score,
// latest submission time, virtual time of the best one, late flag, and a link to open it.
import type { DashboardRow } from '@/lib/classroom/dashboard';
import { shortDate } from '../../_lib/dates';
import { virtualTime } from '../../_lib/format';

export function DashboardTable({ rows }: { rows: DashboardRow[] }) {
  if (!rows.length) return <p className="muted" data-testid="dashboard-empty">No students in this class yet.</p>;
  return (
    <table className="data-table" data-testid="dashboard-table">
      <thead>
        <tr>
          <th scope="col">Student</th><th scope="col">Best score</th><th scope="col">Latest submission</th>
          <th scope="col">Virtual time (best)</th><th scope="col">Late</th><th scope="col">Submissions</th>
          <th scope="col"><span className="visually-hidden">Open best submission</span></th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.studentId} data-testid="dashboard-row" data-username={r.username}>
            <th scope="row" data-testid="row-username">{r.username}</th>
            <td data-testid="row-score">{r.bestScore === null ? <span className="muted">—</span> : `${r.bestScore} / ${r.maxScore}`}</td>
            <td data-testid="row-latest">{r.latestAt ? shortDate(r.latestAt) : <span className="muted">no submission</span>}</td>
            <td data-testid="row-virtual">{r.virtualMs === null ? <span className="muted">—</span> : virtualTime(r.virtualMs)}</td>
            <td data-testid="row-late">{r.late ? <span className="badge badge--warn">late</span> : <span className="muted">no</span>}</td>
            <td data-testid="row-count">{r.submissions}</td>
            <td>{r.bestSubmissionId && <a href={`/submissions/${r.bestSubmissionId}`} data-testid="row-open">Open best</a>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
