// The student × check grid, pure: one cell per (student, check) from the student's best submission's
// grade, per-check pass rates, the three sort orders, the time budget (the histogram's target line),
// and its CSV export (RFC 4180; a cell a spreadsheet would run as a formula gets a ' first).
import type { Check, CheckKind } from './checks.ts';
import type { Grade } from './grade.ts';
import type { DashboardRow } from './dashboard.ts';

export interface GridCheck {
  id: string;
  kind: CheckKind;
  points: number;
  visible: boolean;
}

export interface GridCell {
  passed: boolean;
  earned: number;
  points: number;
  reason: string;
}

/** A row with one cell per check, in the assignment's order; null: no grade under this check. */
export interface GridRow extends DashboardRow {
  cells: Array<GridCell | null>;
}

export interface PassRate extends GridCheck {
  passed: number;
  /** Students whose best submission was graded under this check. */
  total: number;
}

export const gridChecks = (checks: readonly Check[]): GridCheck[] => checks.map(({ id, kind, points, visible }) => ({ id, kind, points, visible }));

export function gridRows(rows: readonly DashboardRow[], checks: readonly GridCheck[], grades: ReadonlyMap<string, Grade>): GridRow[] {
  return rows.map((row) => {
    const grade = row.bestSubmissionId ? grades.get(row.bestSubmissionId) : undefined;
    const byId = new Map(grade?.checks.map((c) => [c.id, c]) ?? []);
    // A grade from before the checks changed may lack a check (or hold one of another kind).
    const cells = checks.map((check): GridCell | null => {
      const c = byId.get(check.id);
      return c && c.kind === check.kind ? { passed: c.passed, earned: c.earned, points: c.points, reason: c.reason } : null;
    });
    return { ...row, cells };
  });
}

export function passRates(checks: readonly GridCheck[], rows: readonly GridRow[]): PassRate[] {
  return checks.map((check, i) => {
    const cells = rows.flatMap((r) => (r.cells[i] ? [r.cells[i]] : []));
    return { ...check, passed: cells.filter((c) => c.passed).length, total: cells.length };
  });
}

export const SORT_KEYS = ['student', 'score', 'most-failed'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** The check failed by the most students (the first such in the assignment's order); -1 if none failed. */
export function mostFailedCheck(rates: readonly PassRate[]): number {
  let worst = -1;
  rates.forEach((r, i) => {
    const failed = r.total - r.passed;
    if (failed > 0 && (worst < 0 || failed > rates[worst]!.total - rates[worst]!.passed)) worst = i;
  });
  return worst;
}

const byName = (a: GridRow, b: GridRow) => (a.username < b.username ? -1 : a.username > b.username ? 1 : 0);
/** Lowest score first (who needs help), students without a submission last. */
const byScore = (a: GridRow, b: GridRow) => (a.bestScore ?? Infinity) - (b.bestScore ?? Infinity) || byName(a, b);

/**
 * "student": by name. "score": lowest first. "most-failed": students failing the most failed check
 * first, then those passing it, then those without a grade for it; lowest score first within each.
 */
export function sortGrid(rows: readonly GridRow[], key: SortKey, rates: readonly PassRate[]): GridRow[] {
  if (key === 'student') return [...rows].sort(byName);
  if (key === 'score') return [...rows].sort(byScore);
  const worst = mostFailedCheck(rates);
  const rank = (r: GridRow) => (worst < 0 ? 0 : r.cells[worst] ? (r.cells[worst]!.passed ? 1 : 0) : 2);
  return [...rows].sort((a, b) => rank(a) - rank(b) || byScore(a, b));
}

/** The virtual-time budget a time check sets (at most / exactly N ms), else null. */
export function timeTargetMs(checks: readonly Check[]): number | null {
  const budget = checks.find((c) => c.kind === 'time' && c.op !== 'atLeast');
  return budget && budget.kind === 'time' ? budget.ms : null;
}

const CSV_HEADER = ['username', 'best_score', 'max_score', 'virtual_ms', 'late', 'submissions', 'latest_submission'];

function cell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const baseCells = (r: DashboardRow) => [r.username, r.bestScore, r.maxScore, r.virtualMs, r.late, r.submissions, r.latestAt?.toISOString() ?? null];

/** The grid's CSV header (the route streams the file one line at a time): the columns above, the best run's status, the effective deadline, then points and pass per check. */
export function gridCsvHeader(checks: readonly GridCheck[]): string {
  return [...CSV_HEADER, 'status', 'effective_deadline', ...checks.flatMap((c) => [`${c.id}_points`, `${c.id}_passed`])].map(cell).join(',') + '\r\n';
}

/** `deadline`: the student's effective deadline (their extension, else the due date). */
export function gridCsvLine(row: GridRow, deadline: Date): string {
  const checks = row.cells.flatMap((c) => (c ? [c.earned, c.passed] : [null, null]));
  return [...baseCells(row), row.status, deadline.toISOString(), ...checks].map(cell).join(',') + '\r\n';
}
