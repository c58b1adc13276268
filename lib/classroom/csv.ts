// CSV export of the dashboard (RFC 4180): quoted where needed, and cells that a spreadsheet would
// run as a formula (=, +, -, @ at the start) are prefixed with ' (CSV injection).
import type { DashboardRow } from './dashboard.ts';
import type { GridCheck, GridRow } from './check-grid.ts';

export const CSV_HEADER = ['username', 'best_score', 'max_score', 'virtual_ms', 'late', 'submissions', 'latest_submission'];

function cell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const baseCells = (r: DashboardRow) => [r.username, r.bestScore, r.maxScore, r.virtualMs, r.late, r.submissions, r.latestAt?.toISOString() ?? null];

export function dashboardCsv(rows: readonly DashboardRow[]): string {
  const lines = rows.map((r) => baseCells(r).map(cell).join(','));
  return [CSV_HEADER.join(','), ...lines].join('\r\n') + '\r\n';
}

/** The grid's CSV, one line at a time (the route streams it): the columns above, the best run's status, the effective deadline, then points and pass per check. */
export function gridCsvHeader(checks: readonly GridCheck[]): string {
  return [...CSV_HEADER, 'status', 'effective_deadline', ...checks.flatMap((c) => [`${c.id}_points`, `${c.id}_passed`])].map(cell).join(',') + '\r\n';
}

/** `deadline`: the student's effective deadline (their extension, else the due date). */
export function gridCsvLine(row: GridRow, deadline: Date): string {
  const checks = row.cells.flatMap((c) => (c ? [c.earned, c.passed] : [null, null]));
  return [...baseCells(row), row.status, deadline.toISOString(), ...checks].map(cell).join(',') + '\r\n';
}
