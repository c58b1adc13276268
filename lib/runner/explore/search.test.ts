// The search on synthetic programs (a fake runner over a known tree of choice points): depth-first
// counts every ordering exactly once, random walks take over past their share, shrinking finds the
// smallest schedule, and the budget and the job's time are respected.
import { describe, expect, it } from 'vitest';
import { nextPrefix, search, walkSeed, type SearchRunner } from './search.ts';
import type { ScheduleResult } from './outcomes.ts';

/** A program with `depth` choice points of `width` options; its stdout is outcome(path). */
function fakeRunner(depth: number, width: (i: number) => number, outcome: (path: number[]) => string) {
  const runs: { prefix: number[]; walkSeed: number }[] = [];
  const runner: SearchRunner & { runs: typeof runs } = {
    runs,
    spent: () => null,
    run(prefix, seed): ScheduleResult {
      runs.push({ prefix, walkSeed: seed });
      let rng = seed;
      const taken: number[] = [], counts: number[] = [];
      for (let i = 0; i < depth; i++) {
        const n = width(i);
        rng = (Math.imul(rng, 1103515245) + 12345) >>> 0;
        taken.push(i < prefix.length ? prefix[i]! : seed !== 0 ? rng % n : 0);
        counts.push(n);
      }
      return { status: 'ok', stdout: [outcome(taken)], virtualMs: 0, counts, taken };
    },
  };
  return runner;
}

describe('depth-first search', () => {
  it('visits every path of a 3-way tie once: 3 × 2 × 1 orderings, exhaustive', () => {
    const r = fakeRunner(2, (i) => 3 - i, (p) => p.join(''));
    const found = search(r, 1_000, 1);
    expect(found).toMatchObject({ explored: 6, exhaustive: true, strategy: 'dfs', stoppedBy: null });
    expect(r.runs.map((x) => x.prefix.join('.'))).toEqual(['', '0.1', '1', '1.1', '2', '2.1']);
    expect(found.table.outcomes().map((o) => o.count)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('counts outcomes and keeps each one\'s smallest schedule', () => {
    const r = fakeRunner(3, () => 2, (p) => (p[2] === 1 ? 'race' : 'fine'));
    const outcomes = search(r, 1_000, 1).table.outcomes();
    expect(outcomes).toMatchObject([{ stdout: ['fine'], count: 4, schedule: '' }, { stdout: ['race'], count: 4, schedule: '0.0.1', deviations: 1 }]);
  });

  it('nextPrefix bumps the deepest choice with an untried option', () => {
    expect(nextPrefix({ counts: [3, 2, 2], taken: [0, 1, 1] })).toEqual([1]);
    expect(nextPrefix({ counts: [3, 2, 2], taken: [2, 1, 1] })).toBeNull();
    expect(nextPrefix({ counts: [], taken: [] })).toBeNull();
  });
});

describe('past the depth-first share', () => {
  it('random walks take over, seeded and reported; the result is not exhaustive', () => {
    const r = fakeRunner(12, () => 2, (p) => String(p.filter((x) => x === 1).length >= 10));
    const found = search(r, 100, 7);
    expect(found).toMatchObject({ exhaustive: false, strategy: 'dfs+random', stoppedBy: 'budget' });
    expect(r.runs.filter((x) => x.walkSeed === 0 && x.prefix.length > 0).length).toBeGreaterThan(0);
    const walks = r.runs.filter((x) => x.walkSeed !== 0).map((x) => x.walkSeed);
    expect(walks[0]).toBe(walkSeed(7, 0));
    expect(new Set(walks).size).toBe(walks.length);
    expect(found.explored).toBeLessThanOrEqual(100);
  });

  it('the same seed explores the same schedules', () => {
    const outcome = (p: number[]) => p.slice(0, 4).join('');
    const a = search(fakeRunner(10, () => 3, outcome), 200, 3).table.outcomes();
    const b = search(fakeRunner(10, () => 3, outcome), 200, 3).table.outcomes();
    expect(b).toEqual(a);
  });

  it('shrinking turns a random walk\'s many deviations into the single one that matters', () => {
    // Only choice 9 decides; depth-first (budget share 2) never reaches it, the walks do with noise.
    const r = fakeRunner(10, () => 2, (p) => (p[9] === 1 ? 'bug' : 'ok'));
    const bug = search(r, 4 + 200, 5).table.outcomes().find((o) => o.stdout[0] === 'bug');
    expect(bug).toMatchObject({ schedule: '0.0.0.0.0.0.0.0.0.1', deviations: 1 });
  });

  it('stops when the job\'s time is spent, and never starts past the budget', () => {
    const r = fakeRunner(20, () => 2, () => 'x');
    let calls = 0;
    r.spent = () => (++calls > 5 ? 'time' : null);
    const found = search(r, 10_000, 1);
    expect(found.stoppedBy).toBe('time');
    expect(r.runs.length).toBe(5);
  });
});
