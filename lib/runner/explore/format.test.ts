// The words the CLI and the UI share for an exploration's result.
import { describe, expect, it } from 'vitest';
import { exploreHeadline, formatExplore } from './format.ts';
import { failedExploration, type ExploreReport } from './report.ts';

const report = (over: Partial<ExploreReport>): ExploreReport => ({
  explored: 6, exhaustive: true, strategy: 'dfs', seed: 1, jitter: 0, budget: 1000, stoppedBy: null, unlisted: 0, wallMs: 12, cpuMs: 5,
  outcomes: [
    { stdout: ['a', 'b'], status: 'ok', virtualMs: 10, count: 4, schedule: '', deviations: 0 },
    { stdout: ['b', 'a'], status: 'ok', virtualMs: 10, count: 2, schedule: '1', deviations: 1 },
  ],
  ...over,
});

describe('exploreHeadline', () => {
  it('counts outputs and orderings, and says whether that is all', () => {
    expect(exploreHeadline(report({}))).toBe('2 possible outputs in 6 orderings — exhaustive');
    expect(exploreHeadline(report({ exhaustive: false, stoppedBy: 'budget', strategy: 'dfs+random', seed: 7, explored: 1000 })))
      .toBe('2 possible outputs in 1,000 orderings — not exhaustive (stopped by budget; random walks, seed 7)');
    expect(exploreHeadline(report({ unlisted: 3 }))).toMatch(/^3 possible outputs/);
  });

  it('says when there was nothing to explore', () => {
    expect(exploreHeadline(failedExploration('compile-error', undefined, 10, 0, 1))).toBe('the program does not compile: nothing to explore');
    expect(exploreHeadline(failedExploration('busy', undefined, 10, 0, 1))).toBe('nothing was explored (busy)');
  });
});

it('formatExplore prints each outcome with its count and schedule, then the summary', () => {
  expect(formatExplore(report({})).split('\n')).toEqual([
    '── outcome 1 of 2: ok · 0.010 s virtual · 4 orderings · schedule default', 'a', 'b',
    '── outcome 2 of 2: ok · 0.010 s virtual · 2 orderings · schedule 1', 'b', 'a',
    'taskline: 2 possible outputs in 6 orderings — exhaustive · jitter 0 · 12.0 ms real',
  ]);
});
