// Golden tests for the asyncio namespace (gather, waitFor, Queue, Semaphore, Event, Lock, Task),
// deadlock reports and the run's warnings, through runCode. Each row: program → status, console, checks.
import { describe, expect, it } from 'vitest';
import { goldenPool } from './test-support/golden-pool.ts';
import type { RunResult, RunStatus } from './protocol.ts';

const { run } = goldenPool();

const src = (...code: string[]) => code.join('\n');
const lines = (r: RunResult) => r.console.map((l) => [l.t, l.text]);
const named = (r: RunResult, name: string) => r.tasks.filter((t) => t.name === name);
const warningsOf = (r: RunResult, kind: string) => r.warnings.filter((w) => w.kind === kind);

interface Golden { rule: string; code: string; status: RunStatus; console?: (number | string)[][]; check?: (r: RunResult) => void }

const asyncio: Golden[] = [
  {
    rule: 'gather runs awaitables concurrently and returns results in argument order',
    code: src(
      'async function job(name: string, s: number) { await asyncio.sleep(s); return name; }',
      'async function main() { console.log(await asyncio.gather(job("slow", 2), job("fast", 1), job("mid", 1.5))); }',
      'asyncio.run(main());',
    ),
    status: 'ok',
    console: [[2000, "[ 'slow', 'fast', 'mid' ]"]],
  },
  {
    rule: 'waitFor past its timeout rejects with TimeoutError at the deadline and cancels the inner task',
    code: src(
      'async function slow() { await asyncio.sleep(5); return "late"; }',
      'async function main() {',
      '  console.log(await asyncio.waitFor(asyncio.sleep(0.5, "in time"), 1));',
      '  try { await asyncio.waitFor(slow(), 2); } catch (e) { console.log(e.name, e instanceof TimeoutError); }',
      '}',
      'asyncio.run(main());',
    ),
    status: 'ok',
    console: [[500, 'in time'], [2500, 'TimeoutError true']],
    check: (r) => expect(named(r, 'slow')).toMatchObject([{ state: 'cancelled', settledAt: 2500 }]),
  },
  {
    rule: 'a Queue hands items from a producer to a consumer in order, each when it is put',
    code: src(
      'const q = new asyncio.Queue();',
      'async function producer() { for (const item of ["a", "b", "c"]) { await asyncio.sleep(1); await q.put(item); } await q.put(null); }',
      'async function consumer() { for (let item = await q.get(); item !== null; item = await q.get()) console.log("got " + item); }',
      'async function main() { await asyncio.gather(producer(), consumer()); }',
      'asyncio.run(main());',
    ),
    status: 'ok',
    console: [[1000, 'got a'], [2000, 'got b'], [3000, 'got c']],
  },
  {
    rule: 'a bounded Queue blocks put until a get frees a slot',
    code: src(
      'const q = new asyncio.Queue(1);',
      'async function producer() { for (const n of [1, 2, 3]) { await q.put(n); console.log("put " + n); } }',
      'async function consumer() { for (let i = 0; i < 3; i++) { await asyncio.sleep(1); console.log("got " + (await q.get())); } }',
      'async function main() { await asyncio.gather(producer(), consumer()); }',
      'asyncio.run(main());',
    ),
    status: 'ok',
    check: (r) => {
      const puts = r.console.filter((l) => l.text.startsWith('put')).map((l) => l.t);
      expect(puts).toEqual([0, 1000, 2000]);
      expect(r.console.filter((l) => l.text.startsWith('got')).map((l) => [l.t, l.text])).toEqual([[1000, 'got 1'], [2000, 'got 2'], [3000, 'got 3']]);
    },
  },
  {
    rule: 'a Semaphore(2) lets at most two tasks in at once, the rest wait their turn in order',
    code: src(
      'const sem = new asyncio.Semaphore(2);',
      'let inside = 0, most = 0;',
      'async function worker(id: number) {',
      '  await sem.acquire();',
      '  try { inside++; most = Math.max(most, inside); console.log("enter " + id); await asyncio.sleep(1); inside--; }',
      '  finally { sem.release(); }',
      '}',
      'async function main() { await asyncio.gather(...[1, 2, 3, 4, 5].map(worker)); console.log("most " + most); }',
      'asyncio.run(main());',
    ),
    status: 'ok',
    console: [[0, 'enter 1'], [0, 'enter 2'], [1000, 'enter 3'], [1000, 'enter 4'], [2000, 'enter 5'], [3000, 'most 2']],
    check: (r) => {
      // the workers that could not enter at once show a waiting span on the semaphore
      const waiters = named(r, 'worker').filter((t) => t.spans.some((s) => s.kind === 'waiting' && /Semaphore/.test(s.detail)));
      expect(waiters.length).toBeGreaterThanOrEqual(3);
    },
  },
  {
    rule: 'an Event wakes every waiter when set',
    code: src(
      'const ev = new asyncio.Event();',
      'async function waiter(name: string) { await ev.wait(); console.log(name + " woke"); }',
      'async function main() {',
      '  const ws = [asyncio.createTask(waiter("a")), asyncio.createTask(waiter("b"))];',
      '  await asyncio.sleep(2); ev.set(); console.log("set"); await asyncio.gather(...ws);',
      '}',
      'asyncio.run(main());',
    ),
    status: 'ok',
    console: [[2000, 'set'], [2000, 'a woke'], [2000, 'b woke']],
  },
  {
    rule: 'a Lock serialises critical sections in arrival order',
    code: src(
      'const lock = new asyncio.Lock();',
      'async function critical(name: string) { await lock.acquire(); try { console.log(name + " in"); await asyncio.sleep(1); console.log(name + " out"); } finally { lock.release(); } }',
      'async function main() { await asyncio.gather(critical("a"), critical("b")); }',
      'asyncio.run(main());',
    ),
    status: 'ok',
    console: [[0, 'a in'], [1000, 'a out'], [1000, 'b in'], [2000, 'b out']],
  },
  {
    rule: 'Task.cancel() raises CancelledError inside the task at its await',
    code: src(
      'async function sleeper() { try { await asyncio.sleep(10); } catch (e) { console.log("caught " + e.name); throw e; } }',
      'async function main() {',
      '  const t = asyncio.createTask(sleeper());',
      '  await asyncio.sleep(1);',
      '  console.log("cancel returned " + t.cancel());',
      '  try { await t; } catch (e) { console.log(e instanceof CancelledError, t.done(), t.cancelled()); }',
      '}',
      'asyncio.run(main());',
    ),
    status: 'ok',
    console: [[1000, 'cancel returned true'], [1000, 'caught CancelledError'], [1000, 'true true true']],
    check: (r) => expect(named(r, 'sleeper')).toMatchObject([{ state: 'cancelled', settledAt: 1000 }]),
  },
  {
    rule: 'createTask names tasks: the function, or { name }; the Task exposes name, done() and result()',
    code: src(
      'async function fetchUser() { await asyncio.sleep(1); return 42; }',
      'async function main() {',
      '  const a = asyncio.createTask(fetchUser());',
      '  const b = asyncio.createTask(fetchUser(), { name: "second-fetch" });',
      '  console.log(a.name, b.name, a.done());',
      '  await asyncio.gather(a, b);',
      '  console.log(a.done(), a.result() + b.result());',
      '}',
      'asyncio.run(main());',
    ),
    status: 'ok',
    console: [[0, 'fetchUser second-fetch false'], [1000, 'true 84']],
    check: (r) => {
      expect(named(r, 'fetchUser')).toHaveLength(1);
      expect(named(r, 'second-fetch')).toHaveLength(1);
      const main = named(r, 'main')[0]!;
      for (const t of [...named(r, 'fetchUser'), ...named(r, 'second-fetch')]) expect(t.parentId).toBe(main.id);
    },
  },
];

const deadlocksAndWarnings: Golden[] = [
  {
    rule: 'deadlock: awaiting a never-set Event and a never-released Lock lists each blocked task and what it awaits',
    code: src(
      'const ev = new asyncio.Event();',
      'const lock = new asyncio.Lock();',
      'async function waitsForEvent() { await ev.wait(); }',
      'async function waitsForLock() { await lock.acquire(); }',
      'async function main() { await lock.acquire(); await asyncio.sleep(1); await asyncio.gather(waitsForEvent(), waitsForLock()); }',
      'asyncio.run(main());',
    ),
    status: 'deadlock',
    check: (r) => {
      expect(r.virtualMs).toBe(1000);
      expect(r.error?.message).toMatch(/waitsForEvent.*Event\.wait\(\)/);
      expect(r.error?.message).toMatch(/waitsForLock.*Lock\.acquire\(\)/);
      const blocked = warningsOf(r, 'deadlock');
      // The script waits too: a top-level asyncio.run blocks the code after it, as in Python.
      expect(blocked.map((w) => r.tasks.find((t) => t.id === w.taskId)?.name).sort()).toEqual(['main', 'script', 'waitsForEvent', 'waitsForLock']);
      expect(named(r, 'waitsForEvent')[0]).toMatchObject({ state: 'pending', settledAt: null });
    },
  },
  {
    rule: 'deadlock: a top-level await on a promise nobody resolves',
    code: src('console.log("before");', 'await new Promise(() => {});', 'console.log("never");'),
    status: 'deadlock',
    console: [[0, 'before']],
    check: (r) => expect(warningsOf(r, 'deadlock').length).toBeGreaterThanOrEqual(1),
  },
  {
    rule: 'warning: tasks still pending when asyncio.run finishes are cancelled at shutdown',
    code: src(
      'async function background() { await asyncio.sleep(60); console.log("never"); }',
      'async function main() { asyncio.createTask(background()); await asyncio.sleep(1); console.log("main done"); }',
      'asyncio.run(main());',
    ),
    status: 'ok',
    console: [[1000, 'main done']],
    check: (r) => {
      const [bg] = named(r, 'background');
      expect(bg).toMatchObject({ state: 'cancelled', settledAt: 1000 });
      expect(warningsOf(r, 'cancelled-at-shutdown')).toMatchObject([{ taskId: bg!.id, message: expect.stringMatching(/background/) }]);
      expect(r.virtualMs).toBe(1000);
    },
  },
  {
    rule: 'warning: an async call whose promise is never awaited (a floating callApi())',
    code: src(
      'async function callApi() { await sleep(100); return 1; }',
      'callApi();',
      'await sleep(200);',
    ),
    status: 'ok',
    check: (r) => {
      const [call] = named(r, 'callApi');
      expect(warningsOf(r, 'never-awaited')).toMatchObject([{ taskId: call!.id, message: expect.stringMatching(/callApi/) }]);
    },
  },
  {
    rule: 'no never-awaited warning for awaited, then-ed or gathered calls',
    code: src(
      'async function f() { await sleep(1); }',
      'await f(); f().then(() => {}); await Promise.all([f()]);',
    ),
    status: 'ok',
    check: (r) => expect(r.warnings).toEqual([]),
  },
  {
    rule: 'warning: an unhandled rejection ends the run with status error, as Node would',
    code: src(
      'async function failing() { await sleep(50); throw new RangeError("bad value"); }',
      'failing();',
      'await sleep(100);',
      'console.log("not reached");',
    ),
    status: 'error',
    check: (r) => {
      expect(r.error).toMatchObject({ name: 'RangeError', message: 'bad value', line: 1 });
      expect(warningsOf(r, 'unhandled-rejection')).toHaveLength(1);
      expect(r.console).toEqual([]);
      expect(r.virtualMs).toBe(50);
    },
  },
];

describe.each([
  ['asyncio', asyncio],
  ['deadlocks and warnings', deadlocksAndWarnings],
])('golden: %s', (_group, table) => {
  it.for(table)('$rule', async ({ code, status, console: expected, check }, { expect }) => {
    const result = await run(code);
    expect(result.status, JSON.stringify({ error: result.error, console: result.console.slice(0, 5) })).toBe(status);
    if (expected) expect(lines(result)).toEqual(expected);
    check?.(result);
  });
});
