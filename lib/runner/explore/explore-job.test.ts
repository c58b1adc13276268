// The explorer end to end inside this process (the worker's code path): exhaustive counts checked
// by hand, outcomes and their smallest schedules, replays that reproduce an outcome byte for byte,
// and the limits a hostile program meets when it is explored.
import { describe, expect, it } from 'vitest';
import { executeExplore } from './explore-job.ts';
import { IsolateRunner } from './isolate-runner.ts';
import { compileProgram } from '../transpile/index.ts';
import { executeRun } from '../sandbox/execute.ts';
import { parseSchedule } from './schedule.ts';
import { MAX_WALL_MS } from '../limits.ts';

const explore = (code: string, budget = 1_000, jitter = 0, seed = 1) => executeExplore(code, { budget, jitter, seed }).report;

/** A plain run through the worker's run path, replaying `schedule`: its stdout and end. */
function replay(code: string, schedule: string): { stdout: string[]; chunks: string; choices?: string } {
  const parsed = parseSchedule(schedule);
  if (!parsed.ok) throw new Error(parsed.error);
  const chunks: string[] = [];
  let choices: string | undefined;
  executeRun(code, (c) => chunks.push(c), undefined, undefined, parsed, (j) => { choices = j; });
  const events = chunks.flatMap((c) => JSON.parse(c) as unknown[][]);
  return { stdout: events.filter((e) => e[0] === 'log' && e[2] === 'stdout').map((e) => e[3] as string), chunks: chunks.join(''), choices };
}

const threeWay = `setTimeout(() => console.log("a"), 10);
setTimeout(() => console.log("b"), 10);
setTimeout(() => console.log("c"), 10);`;

describe('exhaustive exploration', () => {
  it('a 3-way tie of timers has 3! = 6 orderings and 6 outcomes, each reached once', () => {
    const r = explore(threeWay);
    expect(r).toMatchObject({ explored: 6, exhaustive: true, stoppedBy: null, strategy: 'dfs' });
    expect(r.outcomes.map((o) => o.stdout.join('')).sort()).toEqual(['abc', 'acb', 'bac', 'bca', 'cab', 'cba']);
    expect(r.outcomes.every((o) => o.count === 1)).toBe(true);
    expect(r.outcomes[0]).toMatchObject({ stdout: ['a', 'b', 'c'], schedule: '', deviations: 0 });
  });

  it('two tasks each awaiting twice at the same instants: 2 × 2 orderings, grouped by output', () => {
    const code = `async function t(name: string) { await sleep(5); console.log(name + 1); await sleep(5); console.log(name + 2); }
await Promise.all([t("x"), t("y")]);`;
    const r = explore(code);
    expect(r.explored).toBe(4);
    expect(r.outcomes.map((o) => [o.stdout.join(' '), o.count, o.schedule])).toEqual([
      // Whoever resumes first at 5 ms sleeps first, so by default it is first again at 10 ms.
      ['x1 y1 x2 y2', 1, ''], ['y1 x1 y2 x2', 1, '1'], ['x1 y1 y2 x2', 1, '0.1'], ['y1 x1 x2 y2', 1, '1.1'],
    ]);
  });

  it('a program without ties has one ordering; outcomes carry status, time and error', () => {
    const r = explore(`await sleep(20); console.log("done"); throw new Error("boom");`);
    expect(r).toMatchObject({ explored: 1, exhaustive: true });
    expect(r.outcomes).toMatchObject([{ stdout: ['done'], status: 'error', virtualMs: 20, count: 1, error: { message: 'boom', line: 1 } }]);
  });

  it('a compile error is one outcome, not an exploration', () => {
    const r = explore('let x: number = ;');
    expect(r).toMatchObject({ explored: 0, stoppedBy: 'compile-error', outcomes: [{ status: 'compile-error' }] });
  });
});

describe('replay', () => {
  it('every outcome\'s schedule replays to exactly that outcome through the plain run path', () => {
    const code = `let n = 0;
async function inc() { await sleep(10); const s = n; await sleep(0); n = s + 1; }
await Promise.all([inc(), inc(), inc()]);
console.log("n =", n);`;
    const r = explore(code, 1_000, 0);
    expect(r.exhaustive).toBe(true);
    expect(r.outcomes.map((o) => o.stdout[0]).sort()).toEqual(['n = 1', 'n = 2', 'n = 3']);
    for (const o of r.outcomes) expect(replay(code, o.schedule).stdout).toEqual(o.stdout);
  });

  it('the same schedule gives byte-identical results 100 times (trace, output and choices)', () => {
    const code = `async function w(i: number) { await sleep(7); console.log("w", i, performance.now(), Math.random()); await sleep(i); }
await Promise.all([w(1), w(2), w(3), w(4)]); console.log(Date.now());`;
    const first = replay(code, '2.1.1');
    expect(first.stdout.length).toBe(5);
    for (let i = 0; i < 100; i++) {
      const again = replay(code, '2.1.1');
      expect(again.chunks).toBe(first.chunks);
      expect(again.choices).toBe(first.choices);
    }
  });

  it('the explorer\'s own runner is deterministic too: one schedule 100 times in one isolate', () => {
    const c = compileProgram(threeWay);
    if (!c.ok) throw new Error('compile');
    const runner = new IsolateRunner(c.program, c.mapPosition, 0);
    try {
      const first = JSON.stringify(runner.run([2, 1], 0));
      for (let i = 0; i < 100; i++) expect(JSON.stringify(runner.run([2, 1], 0))).toBe(first);
      expect(JSON.parse(first).stdout).toEqual(['c', 'b', 'a']);
    } finally {
      runner.dispose();
    }
  });

  it('a schedule never leaks state into the next: globals a program sets start fresh each time', () => {
    const r = explore(`(globalThis as any).runs = ((globalThis as any).runs ?? 0) + 1;
setTimeout(() => console.log("x", (globalThis as any).runs), 1); setTimeout(() => console.log("y"), 1);`);
    expect(r.explored).toBe(2);
    expect(r.outcomes.map((o) => o.stdout.join(' ')).sort()).toEqual(['x 1 y', 'y x 1']);
  });
});

describe('jitter', () => {
  it('makes near ties choices: 100 ms vs 105 ms is one ordering without jitter, two with ±10 %', () => {
    const code = `setTimeout(() => console.log("100"), 100); setTimeout(() => console.log("105"), 105);`;
    expect(explore(code, 100, 0).explored).toBe(1);
    const r = explore(code, 100, 0.1);
    expect(r.explored).toBe(2);
    expect(r.outcomes.map((o) => o.schedule).sort()).toEqual(['j0.1:', 'j0.1:1']);
    expect(replay(code, 'j0.1:1').stdout).toEqual(['105', '100']);
  });
});

describe('hostile programs under exploration', () => {
  it('10,000 schedules of an infinite loop end as one timeout within the wall limit', () => {
    const started = performance.now();
    const r = executeExplore(`setTimeout(() => {}, 1); setTimeout(() => { for (;;) {} }, 1);`, { budget: 10_000, jitter: 0, seed: 1 });
    expect(performance.now() - started).toBeLessThan(MAX_WALL_MS);
    expect(r.report).toMatchObject({ exhaustive: false, stoppedBy: 'timeout' });
    expect(r.report.outcomes.some((o) => o.status === 'timeout')).toBe(true);
  });

  it('a memory bomb in one ordering ends the search as a memory outcome, and the job answers', () => {
    const code = `let first = ""; setTimeout(() => { first ||= "a"; }, 1);
setTimeout(() => { if (first === "") { const all: string[] = []; for (;;) all.push("x".repeat(1 << 20) + all.length); } }, 1);`;
    const started = performance.now();
    const r = explore(code, 10_000);
    expect(performance.now() - started).toBeLessThan(MAX_WALL_MS);
    expect(r).toMatchObject({ exhaustive: false, stoppedBy: 'memory' });
    expect(r.outcomes.map((o) => [o.status, o.schedule]).sort()).toEqual([['memory', '1'], ['ok', '']]);
  }, 20_000);

  it('a long exploration never runs the shared isolate out of memory: contexts are released', () => {
    const r = explore(`for (let i = 0; i < 8; i++) setTimeout(() => console.log(i), 1);`, 10_000);
    // Past the ~120 fresh contexts a 64 MB isolate holds when they are not released.
    expect(r.explored).toBeGreaterThan(150);
    expect(r.outcomes.every((o) => o.status === 'ok')).toBe(true);
    expect(['budget', 'time', 'cpu']).toContain(r.stoppedBy);
  });

  it('1,139 choice points, one 40 wide, replay within bounds: at most 1,000 described, 32 options each', () => {
    // 40 timers tie at 1 ms (39 points, up to 40 options), then two timers tie at each of 1,100 ms.
    const code = `for (let i = 0; i < 40; i++) setTimeout(() => {}, 1);
for (let t = 2; t < 1102; t++) { setTimeout(() => {}, t); setTimeout(() => {}, t); }`;
    const r = explore(code, 20);
    expect(r.outcomes.length).toBeGreaterThan(0);
    const walked = r.outcomes.find((o) => o.schedule.length > 1000) ?? r.outcomes[0]!;
    const again = replay(code, walked.schedule);
    const points = JSON.parse(again.choices!) as { n: number[]; p: [number, number, number[]][] };
    expect(points.n.length).toBe(39 + 1100);
    expect(points.p.length).toBe(1_000);
    expect(points.p[0]![2].length).toBe(32);
  }, 30_000);

  it('a program with more orderings than the budget stops at the budget, not exhaustive', () => {
    const code = `for (let i = 0; i < 8; i++) setTimeout(() => console.log(i), 1);`;
    const r = explore(code, 50, 0, 9);
    expect(r).toMatchObject({ exhaustive: false, stoppedBy: 'budget', strategy: 'dfs+random', seed: 9 });
    expect(r.explored).toBeLessThanOrEqual(50);
    expect(r.outcomes.reduce((n, o) => n + o.count, 0)).toBe(r.explored);
  });
});

describe('asyncio rounds', () => {
  it('three tasks ready in one round are 3! = 6 orderings; CPython\'s FIFO is the default', () => {
    const code = `async function say(s: string) { console.log(s); }
async function main() { await asyncio.gather(say("a"), say("b"), say("c")); }
asyncio.run(main());`;
    const r = explore(code);
    expect(r.exhaustive).toBe(true);
    expect(r.outcomes.map((o) => o.stdout.join('')).sort()).toEqual(['abc', 'acb', 'bac', 'bca', 'cab', 'cba']);
    // gather's done callbacks are bookkeeping (they run no program code): not options.
    expect(r.explored).toBe(6);
    expect(r.outcomes.every((o) => o.count === 1)).toBe(true);
    expect(r.outcomes.find((o) => o.schedule === '')!.stdout).toEqual(['a', 'b', 'c']);
  });

  it('sleeps due together wake in one round: the round\'s order is the choice, not the timers\'', () => {
    const code = `async function w(s: string) { await asyncio.sleep(1); console.log(s); }
async function main() { const t = [asyncio.createTask(w("x")), asyncio.createTask(w("y"))]; await asyncio.gather(...t); }
asyncio.run(main());`;
    const r = explore(code);
    expect(r.exhaustive).toBe(true);
    expect(r.outcomes.map((o) => o.stdout.join('')).sort()).toEqual(['xy', 'yx']);
    // Two 2-way points (starting the tasks, waking them): the tied sleep timers are not a third,
    // since whichever fires, one round takes both.
    expect(r.explored).toBe(4);
    expect(r.outcomes.map((o) => o.count)).toEqual([2, 2]);
  });
});
