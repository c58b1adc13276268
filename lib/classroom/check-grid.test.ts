// The student × check grid from real grades (the grader on built runs), its pass rates, the three
// sort orders, the time budget, the grid's CSV lines, and the hidden-check line students read.
import { describe, expect, it } from 'vitest';
import type { Check } from './checks.ts';
import { grade, type Grade } from './grade.ts';
import { dashboardRows, type DashboardSubmission, histogram } from './dashboard.ts';
import { gridChecks, gridRows, mostFailedCheck, passRates, sortGrid, timeTargetMs, gridCsvHeader, gridCsvLine } from './check-grid.ts';
import { hiddenSummaryText, redactForStudent } from './redact.ts';
import { runResult, task } from './test-support/run-result.ts';

const CHECKS: Check[] = [
  { id: 'fast', kind: 'time', op: 'atMost', ms: 3000, points: 60, visible: true },
  { id: 'overlap', kind: 'concurrency', minWaiting: 2, points: 30, visible: true },
  { id: 'clean', kind: 'status', status: 'ok', points: 10, visible: false },
];
const concurrent = runResult({ virtualMs: 3000, tasks: [task(1, [[0, 3000, 'waiting']]), task(2, [[0, 3000, 'waiting']])] });
const sequential = runResult({ virtualMs: 6000, tasks: [task(1, [[0, 3000, 'waiting']]), task(2, [[3000, 6000, 'waiting']])] });
const deadlock = runResult({ status: 'deadlock', virtualMs: 1000, tasks: [task(1, [[0, 1000, 'waiting']])] });

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));
function graded(id: string, studentId: string, minute: number, run = concurrent): [DashboardSubmission, Grade] {
  const g = grade(CHECKS, run);
  return [{ id, studentId, score: g.score, maxScore: g.maxScore, virtualMs: run.virtualMs, status: run.status, late: false, createdAt: at(minute) }, g];
}

const subs = [graded('a1', 'a', 1, sequential), graded('a2', 'a', 2), graded('b1', 'b', 3, sequential), graded('c1', 'c', 4, deadlock)];
const students = [{ studentId: 'c', username: 'cleo' }, { studentId: 'a', username: 'ann' }, { studentId: 'b', username: 'bob' }, { studentId: 'd', username: 'dan' }];
const checks = gridChecks(CHECKS);
const rows = gridRows(dashboardRows(students, subs.map(([s]) => s)), checks, new Map(subs.map(([s, g]) => [s.id, g])));
const rates = passRates(checks, rows);

describe('the grid', () => {
  it("has one cell per check from each student's best submission, with the grader's reason", () => {
    const ann = rows.find((r) => r.username === 'ann')!;
    expect(ann.bestSubmissionId).toBe('a2');
    expect(ann.cells.map((c) => c && [c.passed, c.earned])).toEqual([[true, 60], [true, 30], [true, 10]]);
    const bob = rows.find((r) => r.username === 'bob')!;
    expect(bob.cells[0]).toMatchObject({ passed: false, earned: 0, points: 60 });
    expect(bob.cells[0]!.reason).toMatch(/took 6\.000 s, 3\.000 s too slow/);
    expect(rows.find((r) => r.username === 'cleo')).toMatchObject({ status: 'deadlock', virtualMs: 1000 });
    expect(rows.find((r) => r.username === 'dan')!.cells).toEqual([null, null, null]);
  });

  it('leaves a cell empty when the grade predates the check (or the check changed kind)', () => {
    const renamed = gridChecks([{ ...CHECKS[0]!, id: 'new-check' }, { id: 'fast', kind: 'no-warnings', points: 5, visible: true }]);
    const stale = gridRows(rows, renamed, new Map(subs.map(([s, g]) => [s.id, g])));
    expect(stale.find((r) => r.username === 'ann')!.cells).toEqual([null, null]);
  });

  it('counts pass rates over students with a grade: "overlap: 1 of 3 pass"', () => {
    expect(rates.map((r) => [r.id, r.passed, r.total])).toEqual([['fast', 1, 3], ['overlap', 1, 3], ['clean', 2, 3]]);
  });

  it('sorts by student, by score (lowest first, no submission last) and by the check most failed', () => {
    expect(sortGrid(rows, 'student', rates).map((r) => r.username)).toEqual(['ann', 'bob', 'cleo', 'dan']);
    expect(sortGrid(rows, 'score', rates).map((r) => r.username)).toEqual(['cleo', 'bob', 'ann', 'dan']);
    // "fast" and "overlap" both fail twice: the first in the assignment's order is the most failed.
    expect(mostFailedCheck(rates)).toBe(0);
    expect(sortGrid(rows, 'most-failed', rates).map((r) => r.username)).toEqual(['cleo', 'bob', 'ann', 'dan']);
    expect(mostFailedCheck(rates.map((r) => ({ ...r, passed: r.total })))).toBe(-1);
  });

  it('takes the budget from an "at most" or "exactly" time check only', () => {
    expect(timeTargetMs(CHECKS)).toBe(3000);
    expect(timeTargetMs([{ id: 't', kind: 'time', op: 'atLeast', ms: 1000, points: 1, visible: true }])).toBeNull();
    expect(timeTargetMs([])).toBeNull();
  });

  it('draws the histograms up to the budget or the maximum score', () => {
    expect(histogram([1000], 4, 3000).map((b) => b.toMs)).toEqual([750, 1500, 2250, 3000]);
    expect(histogram([0, 40, 100], 10, 100).map((b) => b.count)).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 0, 1]);
  });
});

describe('the grid as CSV', () => {
  it('has per-check points and pass columns and the best run\'s status', () => {
    expect(gridCsvHeader(checks)).toBe('username,best_score,max_score,virtual_ms,late,submissions,latest_submission,status,effective_deadline,fast_points,fast_passed,overlap_points,overlap_passed,clean_points,clean_passed\r\n');
    const due = new Date('2026-01-08T00:00:00.000Z');
    const byName = new Map(rows.map((r) => [r.username, gridCsvLine(r, due)]));
    expect(byName.get('ann')).toBe('ann,100,100,3000,false,2,2026-01-01T00:02:00.000Z,ok,2026-01-08T00:00:00.000Z,60,true,30,true,10,true\r\n');
    expect(byName.get('cleo')).toBe('cleo,0,100,1000,false,1,2026-01-01T00:04:00.000Z,deadlock,2026-01-08T00:00:00.000Z,0,false,0,false,0,false\r\n');
    expect(byName.get('dan')).toBe('dan,,,,false,0,,,2026-01-08T00:00:00.000Z,,,,,,\r\n');
  });

  it('neutralises formula-like check ids and usernames', () => {
    expect(gridCsvHeader(gridChecks([{ id: '-x', kind: 'no-warnings', points: 1, visible: true }]))).toContain(",'-x_points,");
    expect(gridCsvLine({ ...rows[0]!, username: '=HYPERLINK("x")' }, new Date(0))).toMatch(/^"'=HYPERLINK\(""x""\)",/);
  });
});

describe('hidden checks, as a student reads them', () => {
  it('names the kinds that failed, never the check', () => {
    const hiddenChecks: Check[] = [
      { id: 'secret-harness', kind: 'harness', code: 'throw 1', points: 5, visible: false },
      { id: 'secret-status', kind: 'status', status: 'ok', points: 5, visible: false },
    ];
    const redacted = redactForStudent(grade(hiddenChecks, concurrent, { 'secret-harness': runResult({ status: 'error' }) }));
    expect(hiddenSummaryText(redacted.hidden, redacted.hiddenFailedKinds)).toBe('hidden: 1 of 2 passed — a test-harness check failed');
    expect(JSON.stringify(redacted)).not.toMatch(/secret|throw 1/);
  });

  it.each([
    [{ passed: 0, total: 0 }, [], null],
    [{ passed: 2, total: 2 }, [], 'hidden: 2 of 2 passed'],
    [{ passed: 0, total: 3 }, ['harness', 'harness', 'output'], 'hidden: 0 of 3 passed — 2 test-harness checks and an output check failed'],
  ] as const)('%j %j → %j', (hidden, kinds, text) => {
    expect(hiddenSummaryText(hidden, kinds)).toBe(text);
  });
});
