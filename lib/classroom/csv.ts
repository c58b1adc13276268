// CSV export of the dashboard (RFC 4180): quoted where needed, and cells that a spreadsheet would
// run as a formula (=, +, -, @ at the start) are prefixed with ' (CSV injection).
import type { DashboardRow } from './dashboard.ts';

export const CSV_HEADER = ['username', 'best_score', 'max_score', 'virtual_ms', 'late', 'submissions', 'latest_submission'];

function cell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** `deadlineOf`: each student's effective deadline (extension or due date), as an extra column. */
export function dashboardCsv(rows: readonly DashboardRow[], deadlineOf?: (studentId: string) => Date): string {
  const header = deadlineOf ? [...CSV_HEADER, 'effective_deadline'] : CSV_HEADER;
  const lines = rows.map((r) =>
    [r.username, r.bestScore, r.maxScore, r.virtualMs, r.late, r.submissions, r.latestAt?.toISOString() ?? null,
      ...(deadlineOf ? [deadlineOf(r.studentId).toISOString()] : [])].map(cell).join(','));
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}
