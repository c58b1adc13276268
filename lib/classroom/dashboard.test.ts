// Dashboard rows and histograms (the grid and its CSV: check-grid.test.ts).
import { describe, expect, it } from 'vitest';
import { dashboardRows, type DashboardSubmission, histogram } from './dashboard.ts';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));
const sub = (id: string, studentId: string, score: number, virtualMs: number, minute: number, late = false): DashboardSubmission =>
  ({ id, studentId, score, maxScore: 100, virtualMs, status: 'ok', late, createdAt: at(minute) });

describe('dashboard rows', () => {
  const rows = dashboardRows(
    [{ studentId: 'a', username: 'ann' }, { studentId: 'b', username: 'bob' }, { studentId: 'c', username: '=cmd' }],
    [sub('a1', 'a', 40, 6000, 1), sub('a2', 'a', 100, 3000, 2, true), sub('a3', 'a', 100, 3000, 3), sub('b1', 'b', 10, 6000, 5)],
  );

  it('takes the best score (earliest on ties) and the latest time; lists students without submissions', () => {
    expect(rows[0]).toMatchObject({ username: 'ann', submissions: 3, bestScore: 100, virtualMs: 3000, late: true, latestAt: at(3), bestSubmissionId: 'a2' });
    expect(rows[1]).toMatchObject({ username: 'bob', bestScore: 10, virtualMs: 6000, late: false });
    expect(rows[2]).toMatchObject({ username: '=cmd', submissions: 0, bestScore: null, latestAt: null });
  });
});

describe('histogram', () => {
  it.each([
    [[], []],
    [[3000, 3000, 6000], [0, 2, 1]],
    [[0, 0], [2, 0, 0]],
  ])('%j → %j', (times, counts) => {
    expect(histogram(times, 3).map((b) => b.count)).toEqual(counts);
  });

  it('covers 0 to the slowest time', () => {
    expect(histogram([6000], 2)).toEqual([{ fromMs: 0, toMs: 3000, count: 0 }, { fromMs: 3000, toMs: 6000, count: 1 }]);
  });
});
