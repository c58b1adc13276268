// Choice points inside the scheduler: which timers tie, what each schedule step picks, how a
// schedule that no longer fits fails, the jitter rule, and that the default run is unchanged.
import { describe, expect, it } from 'vitest';
import { asyncFn, aw, run, wrapProgram } from '../runner/sandbox/test-support/instrument-by-hand.ts';
import type { ChooserConfig } from './abi.ts';

const replay = (schedule: number[], extra: Partial<ChooserConfig> = {}): ChooserConfig =>
  ({ schedule, walkSeed: 0, jitter: 0, detail: true, ...extra });
const made = (json: string | undefined) => JSON.parse(json ?? 'null') as { n: number[]; c: number[]; p: [number, number, number[]][] };

const threeWay = wrapProgram(`setTimeout(() => console.log('a'), 10);
setTimeout(() => console.log('b'), 10);
setTimeout(() => console.log('c'), 10);
setTimeout(() => console.log('late'), 11);`);

describe('choice points', () => {
  it('a 3-way tie is two choice points (3 options, then 2): six orderings, each schedule one of them', () => {
    const seen = new Map<string, string>();
    for (const [first, second] of [[0, 0], [0, 1], [1, 0], [1, 1], [2, 0], [2, 1]]) {
      const r = run(threeWay, { choices: replay([first!, second!]) });
      expect(made(r.choicesJson).n).toEqual([3, 2]);
      expect(made(r.choicesJson).c).toEqual([first, second]);
      expect(r.stdout.at(-1)).toBe('late'); // the 11 ms timer is never part of the tie
      seen.set(`${first}.${second}`, r.stdout.slice(0, 3).join(''));
    }
    // Hand-checked: option i is the i-th remaining timer in creation order.
    expect(Object.fromEntries(seen)).toEqual({ '0.0': 'abc', '0.1': 'acb', '1.0': 'bac', '1.1': 'bca', '2.0': 'cab', '2.1': 'cba' });
  });

  it('the default schedule is Node\'s order and records each point\'s time and tasks', () => {
    const plain = run(threeWay);
    const r = run(threeWay, { choices: replay([]) });
    expect(r.events).toEqual(plain.events);
    expect(plain.choicesJson).toBeUndefined();
    expect(made(r.choicesJson).p).toEqual([[10, 0, [1, 1, 1]], [10, 0, [1, 1]]]);
  });

  it('a timer created by a tied one at delay 0 joins the tie (sleep(0) is due now)', () => {
    const p = wrapProgram(`setTimeout(() => { console.log('a'); sleep(0).then(() => console.log('a0')); }, 5);
setTimeout(() => console.log('b'), 5);`);
    expect(run(p, { choices: replay([]) }).stdout).toEqual(['a', 'b', 'a0']);
    expect(made(run(p, { choices: replay([]) }).choicesJson).n).toEqual([2, 2]);
    expect(run(p, { choices: replay([0, 1]) }).stdout).toEqual(['a', 'a0', 'b']);
  });

  it('microtasks are never a choice: promise reactions keep their order under every schedule', () => {
    const p = wrapProgram(`Promise.resolve().then(() => console.log('m1')); queueMicrotask(() => console.log('m2'));
setTimeout(() => console.log('t'), 1);`);
    const r = run(p, { choices: replay([]) });
    expect(made(r.choicesJson).n).toEqual([]);
    expect(r.stdout).toEqual(['m1', 'm2', 't']);
  });

  it('a step past a point\'s options ends the run with a ScheduleError naming the step', () => {
    const r = run(threeWay, { choices: replay([1, 2]) });
    expect(r.end?.[1]).toBe('error');
    expect(r.end?.[3]?.name).toBe('ScheduleError');
    expect(r.end?.[3]?.message).toMatch(/^schedule step 2 picks option 2, but that choice point has only 2 options/);
    expect(r.stdout).toEqual(['b']);
  });

  it('non-default steps the run never reached are a misfit too; trailing defaults are not', () => {
    const extra = run(threeWay, { choices: replay([0, 0, 1]) });
    expect(extra.end?.[3]?.message).toMatch(/the schedule has 3 steps but the run ended after 2 choice points \(step 3/);
    expect(run(threeWay, { choices: replay([0, 0, 0, 0]) }).end?.[1]).toBe('ok');
  });

  it('a random walk is seeded: the same seed takes the same path, and every path is a valid ordering', () => {
    const paths = new Set<string>();
    for (let seed = 1; seed <= 40; seed++) {
      const a = run(threeWay, { choices: replay([], { walkSeed: seed }) });
      const b = run(threeWay, { choices: replay([], { walkSeed: seed }) });
      expect(b.stdout).toEqual(a.stdout);
      expect([...a.stdout.slice(0, 3)].sort()).toEqual(['a', 'b', 'c']);
      paths.add(made(a.choicesJson).c.join('.'));
    }
    expect(paths.size).toBe(6);
  });
});

describe('PCT-style walks', () => {
  // Two tasks (a, b) each print three times at the same instants: one 2-way point per instant.
  const twoTasks = wrapProgram([
    asyncFn('loop', 'n', `for (let i = 0; i < 3; i++) { ${aw('sleep(10)')}; console.log(n + i); }`),
    "loop('a'); loop('b');",
  ].join('\n'));

  it('follows task priorities: the same task wins every choice but the one at the change point', () => {
    const orders = new Set<string>();
    for (let seed = 1; seed <= 30; seed++) {
      const r = run(twoTasks, { choices: replay([], { walkSeed: seed, pctDepth: 3 }) });
      const again = run(twoTasks, { choices: replay([], { walkSeed: seed, pctDepth: 3 }) });
      expect(again.stdout).toEqual(r.stdout);
      // Who printed first at each of the three instants: the higher-priority task, except at the
      // one change point (pctDepth 3 puts it on one of the three choices), so exactly one differs.
      const firsts = [0, 2, 4].map((i) => r.stdout[i]![0]).join('');
      const as = firsts.split('').filter((c) => c === 'a').length;
      expect([1, 2]).toContain(as);
      orders.add(firsts);
    }
    expect(orders.size).toBeGreaterThan(1);
  });
});

describe('latency jitter', () => {
  const near = wrapProgram(`setTimeout(() => console.log('100'), 100);
setTimeout(() => console.log('105'), 105);
setTimeout(() => console.log('200'), 200);`);

  it('without jitter near ties are no choice', () => {
    expect(made(run(near, { choices: replay([]) }).choicesJson).n).toEqual([]);
  });

  it('with jitter 0.1 windows [90,110] and [94.5,115.5] overlap; [180,220] does not: one 2-way point', () => {
    const r = run(near, { choices: replay([], { jitter: 0.1 }) });
    expect(made(r.choicesJson).n).toEqual([2]);
    const swapped = run(near, { choices: replay([1], { jitter: 0.1 }) });
    expect(swapped.stdout).toEqual(['105', '100', '200']);
    // The clock stays nominal: 105 runs at 105, the 100 ms timer then runs late, at 105 too.
    expect(swapped.events.filter((e) => e[0] === 'log').map((e) => e[1])).toEqual([105, 105, 200]);
  });

  it('jitter 0.02 is too small for 100 vs 105 ([98,102] and [102.9,107.1])', () => {
    expect(made(run(near, { choices: replay([], { jitter: 0.02 }) }).choicesJson).n).toEqual([]);
  });

  it('choices stay consistent: after the 105 ms timer ran early, a timer whose window ends before it cannot run first', () => {
    const p = wrapProgram(`setTimeout(() => console.log('A'), 100);
setTimeout(() => console.log('B'), 110);`);
    // A: [90,110], B: [99,121]. Taking B first (jittered clock at 99), A must follow: one point only.
    const r = run(p, { choices: replay([1], { jitter: 0.1 }) });
    expect(r.stdout).toEqual(['B', 'A']);
    expect(made(r.choicesJson).n).toEqual([2]);
  });
});
