// Golden tests for asyncio's rounds and the API issue 10 added: one row per API (timestamps and
// trace included), the warnings naming task and line, and how asyncio interleaves with Node's
// macrotasks in a mixed program (docs/semantics.md). CPython parity itself: asyncio-oracle.test.ts.
import { describe, expect, it } from 'vitest';
import { goldenPool } from './test-support/golden-pool.ts';
import type { RunResult, RunStatus } from './protocol.ts';

const { run } = goldenPool();

const src = (...code: string[]) => code.join('\n');
const lines = (r: RunResult) => r.console.map((l) => [l.t, l.text]);
const named = (r: RunResult, name: string) => r.tasks.filter((t) => t.name === name);
const job = 'async function job(name: string, s: number, fail = false) { await asyncio.sleep(s); if (fail) throw new Error(name); return name; }';

interface Golden { rule: string; code: string; status: RunStatus; console?: (number | string)[][]; check?: (r: RunResult) => void }

const api: Golden[] = [
  {
    rule: 'gather with { returnExceptions: true } puts errors among the results (the options object is not an awaitable)',
    code: src(job, 'async function main() {',
      '  const r = await asyncio.gather(job("a", 1), job("b", 2, true), { returnExceptions: true });',
      '  console.log(r.length, r[0], (r[1] as Error).message);', '}', 'asyncio.run(main());'),
    status: 'ok',
    console: [[2000, '2 a b']],
  },
  {
    rule: 'wait FIRST_COMPLETED returns at the first completion with [done, pending] sets',
    code: src(job, 'async function main() {',
      '  const ts = [asyncio.createTask(job("slow", 3)), asyncio.createTask(job("fast", 1))];',
      '  const [done, pending] = await asyncio.wait(ts, { returnWhen: asyncio.FIRST_COMPLETED });',
      '  console.log([...done].map((t) => t.result()).join(), pending.size);', '  ts[0].cancel();', '}', 'asyncio.run(main());'),
    status: 'ok',
    console: [[1000, 'fast 1']],
  },
  {
    rule: 'wait FIRST_EXCEPTION returns at the first failure; ALL_COMPLETED with a timeout returns what is done by then',
    code: src(job, 'async function main() {',
      '  const ts = [asyncio.createTask(job("a", 1)), asyncio.createTask(job("b", 2, true)), asyncio.createTask(job("c", 4))];',
      '  let [done, pending] = await asyncio.wait(ts, { returnWhen: asyncio.FIRST_EXCEPTION });',
      '  console.log(done.size, pending.size);',
      '  [done, pending] = await asyncio.wait(ts, { timeout: 1 });',
      '  console.log(done.size, pending.size);', '  [done, pending] = await asyncio.wait(ts);', '  console.log(done.size, pending.size);',
      '}', 'asyncio.run(main());'),
    status: 'ok',
    console: [[2000, '2 1'], [3000, '2 1'], [4000, '3 0']],
  },
  {
    rule: 'asCompleted yields results in completion order',
    code: src(job, 'async function main() {',
      '  for (const next of asyncio.asCompleted([job("c", 3), job("a", 1), job("b", 2)])) console.log(await next);',
      '}', 'asyncio.run(main());'),
    status: 'ok',
    console: [[1000, 'a'], [2000, 'b'], [3000, 'c']],
  },
  {
    rule: 'TaskGroup waits for its tasks; a failure cancels the rest and surfaces as an ExceptionGroup',
    code: src(job, 'async function main() {',
      '  await asyncio.taskGroup(async (tg) => { tg.createTask(job("x", 1)); tg.createTask(job("y", 2)); });',
      '  console.log("group 1 done");',
      '  try { await asyncio.taskGroup(async (tg) => { tg.createTask(job("slow", 5)); tg.createTask(job("bad", 1, true)); }); }',
      '  catch (e) { console.log(e instanceof asyncio.ExceptionGroup, (e as asyncio.ExceptionGroup).exceptions.length, (e as Error).message); }',
      '}', 'asyncio.run(main());'),
    status: 'ok',
    console: [[2000, 'group 1 done'], [3000, 'true 1 unhandled errors in a TaskGroup (1 sub-exception)']],
    check: (r) => expect(named(r, 'job').find((t) => t.state === 'cancelled')).toMatchObject({ settledAt: 3000 }),
  },
  {
    rule: 'timeout() turns the cancellation at its deadline into TimeoutError; expired() tells',
    code: src('async function main() {', '  let cm: asyncio.Timeout | undefined;',
      '  try { await asyncio.timeout(1, async (t) => { cm = t; await asyncio.sleep(5); }); }',
      '  catch (e) { console.log((e as Error).name, cm!.expired()); }', '}', 'asyncio.run(main());'),
    status: 'ok',
    console: [[1000, 'TimeoutError true']],
  },
  {
    rule: 'Condition: wait() releases the lock until notify(); the woken waiter reacquires it',
    code: src('const cond = new asyncio.Condition();', 'let ready = false;',
      'async function waiter() { await cond.acquire(); try { await cond.waitFor(() => ready); console.log("go", cond.locked()); } finally { cond.release(); } }',
      'async function main() { const w = asyncio.createTask(waiter()); await asyncio.sleep(1);',
      '  await cond.acquire(); ready = true; cond.notifyAll(); cond.release(); await w; console.log(cond.locked()); }',
      'asyncio.run(main());'),
    status: 'ok',
    console: [[1000, 'go true'], [1000, 'false']],
  },
  {
    rule: 'shield: cancelling the caller leaves the shielded task running',
    code: src(job, 'async function main() {', '  const inner = asyncio.createTask(job("inner", 2));',
      '  const outer = asyncio.createTask((async () => await asyncio.shield(inner))());',
      '  await asyncio.sleep(1); outer.cancel();', '  await asyncio.gather(outer, { returnExceptions: true });',
      '  console.log(outer.cancelled(), await inner);', '}', 'asyncio.run(main());'),
    status: 'ok',
    console: [[2000, 'true inner']],
  },
  {
    rule: 'currentTask and allTasks: Python names (Task-N) and the pending tasks',
    code: src(job, 'async function main() {', '  asyncio.createTask(job("w", 1), { name: "worker" });',
      '  console.log(asyncio.currentTask()!.getName(), [...asyncio.allTasks()].map((t) => t.getName()).sort().join());',
      '}', 'asyncio.run(main());', 'console.log(asyncio.currentTask());'),
    status: 'ok',
    console: [[0, 'Task-1 Task-1,worker'], [0, 'null']],
  },
  {
    rule: 'BoundedSemaphore: release() past its initial value throws ValueError',
    code: src('async function main() { const s = new asyncio.BoundedSemaphore(1); await s.acquire(); s.release();',
      '  try { s.release(); } catch (e) { console.log((e as Error).name, (e as Error).message); } }', 'asyncio.run(main());'),
    status: 'ok',
    console: [[0, 'ValueError BoundedSemaphore released too many times']],
  },
  {
    rule: 'Barrier: every party waits for the last, each gets its arrival index',
    code: src('const b = new asyncio.Barrier(2);',
      'async function party(s: number) { await asyncio.sleep(s); console.log("index", await b.wait()); }',
      'async function main() { await asyncio.gather(party(2), party(1)); }', 'asyncio.run(main());'),
    status: 'ok',
    console: [[2000, 'index 1'], [2000, 'index 0']],
  },
  {
    rule: 'Task.cancelling() counts cancellation requests; uncancel() takes one back',
    code: src(job, 'async function main() { const t = asyncio.createTask(job("t", 1));',
      '  t.cancel(); t.cancel(); console.log(t.cancelling(), t.uncancel());',
      '  try { await t; } catch (e) { console.log((e as Error).name, t.cancelled()); } }', 'asyncio.run(main());'),
    status: 'ok',
    console: [[0, '2 1'], [0, 'CancelledError true']],
    check: (r) => expect(named(r, 'job')[0]!.spans.map((s) => s.detail)).toEqual(['scheduled']), // never ran
  },
];

const tracing: Golden[] = [
  {
    rule: 'a lazily started task: created (scheduled) at one time, first run a round later, shown in its lane',
    code: src(job, 'async function main() { await asyncio.sleep(1); const t = asyncio.createTask(job("late", 1)); console.log("created"); await t; }',
      'asyncio.run(main());'),
    status: 'ok',
    console: [[1000, 'created']],
    check: (r) => {
      const [late] = named(r, 'job');
      expect(late).toMatchObject({ createdAt: 1000, settledAt: 2000 });
      expect(late!.spans.slice(0, 2).map((s) => [s.kind, s.from, s.detail])).toEqual([['waiting', 1000, 'scheduled'], ['running', 1000, '']]);
    },
  },
  {
    rule: 'warning: Task exception was never retrieved, naming the task and the line that created it',
    code: src(job, 'async function main() {', '  asyncio.createTask(job("lost", 1, true));', '  await asyncio.sleep(2);', '}', 'asyncio.run(main());'),
    status: 'ok',
    check: (r) => {
      const [lost] = named(r, 'job');
      expect(r.warnings).toEqual([{ kind: 'unhandled-rejection', taskId: lost!.id,
        message: 'Task exception was never retrieved: task job (created at line 3) failed with Error: lost' }]);
    },
  },
  {
    rule: 'warning: a task cancelled at shutdown that awaits again in its finally, with the line; asyncio.run waits for it',
    code: src('async function bg() {', '  try { await asyncio.sleep(10); }', '  finally { await asyncio.sleep(1); console.log("cleaned"); }', '}',
      'async function main() { asyncio.createTask(bg()); await asyncio.sleep(1); }', 'asyncio.run(main());', 'console.log("after run");'),
    status: 'ok',
    console: [[2000, 'cleaned'], [2000, 'after run']],
    check: (r) => {
      expect(r.warnings.map((w) => w.message)).toEqual([
        'bg was cancelled when asyncio.run() finished, while waiting for sleep(10000) (line 2)',
        'task bg was cancelled at shutdown while in its finally/except (line 3): asyncio.run() waits for this cleanup',
      ]);
      expect(r.virtualMs).toBe(2000);
    },
  },
  {
    rule: 'warning: a coroutine object never awaited (asyncio.run refused inside a running loop), with its line',
    code: src('async function other() {}', 'async function main() {', '  try { asyncio.run(other()); } catch (e) { console.log((e as Error).message); }', '}',
      'asyncio.run(main());'),
    status: 'ok',
    console: [[0, 'asyncio.run() cannot be called from a running event loop']],
    check: (r) => expect(r.warnings).toMatchObject([{ kind: 'never-awaited', message: "coroutine 'other' was never awaited (line 3)" }]),
  },
];

const mixed: Golden[] = [
  {
    rule: 'mixed: Node timers and asyncio share one timer queue; each asyncio round is one turn of it',
    code: src('async function main() {',
      '  setTimeout(() => console.log("node A"), 1000);', '  const sleeping = asyncio.sleep(1);',
      '  setTimeout(() => console.log("node B"), 1000);', '  await sleeping;', '  console.log("main woke");', '}',
      'asyncio.run(main());'),
    status: 'ok',
    // At 1000: A (queued first); the asyncio timer's round, which completes the sleep and so queues
    // main's wake-up for the next round; B (queued before that round); then the round waking main.
    console: [[1000, 'node A'], [1000, 'node B'], [1000, 'main woke']],
  },
  {
    rule: 'mixed: a task awaiting a plain promise resumes in the microtasks of whatever resolved it (Node rules), not in a round',
    code: src('async function main() {', '  const t = asyncio.createTask((async () => { await asyncio.sleep(0); console.log("task step 2"); })());',
      '  await new Promise((r) => setTimeout(r, 0));', '  console.log("main after a Node timer");', '  await t;', '}', 'asyncio.run(main());'),
    status: 'ok',
    console: [[0, 'task step 2'], [1, 'main after a Node timer']],
  },
];

/** What an attacker or a confused student may try against the asyncio loop. */
const hostile: Golden[] = [
  {
    rule: 'hostile: a task that yields forever (sleep(0) in a loop) hits the step limit instead of hanging the worker',
    code: src('async function spin() { for (;;) await asyncio.sleep(0); }', 'asyncio.run(spin());'),
    status: 'limit',
    check: (r) => expect(r.virtualMs).toBe(0),
  },
  {
    rule: 'hostile: a task that swallows every cancellation keeps asyncio.run from finishing, until a limit ends the run',
    code: src('async function stubborn() { for (;;) { try { await asyncio.sleep(3600); } catch { console.log("ignored"); } } }',
      'async function main() { asyncio.createTask(stubborn()); await asyncio.sleep(0); }', 'asyncio.run(main());'),
    status: 'limit',
    check: (r) => {
      expect(r.console[0]).toMatchObject({ t: 0, text: 'ignored' });
      expect(r.warnings.some((w) => w.kind === 'cancelled-at-shutdown')).toBe(true);
    },
  },
  {
    rule: 'hostile: the asyncio namespace is frozen; replacing createTask throws in the program',
    code: src('(asyncio as any).createTask = () => 42;'),
    status: 'error',
    check: (r) => expect(r.error?.name).toBe('TypeError'),
  },
  {
    rule: 'hostile: a thenable whose then throws, given to createTask, fails that task only',
    code: src('async function main() {',
      '  const t = asyncio.createTask({ then() { throw new Error("evil then"); } } as any);',
      '  try { await t; } catch (e) { console.log("caught", (e as Error).message); }', '}', 'asyncio.run(main());'),
    status: 'ok',
    console: [[0, 'caught evil then']],
  },
  {
    rule: 'hostile: asyncio.run from a Node timer while the loop runs is refused with a clear error',
    code: src('async function main() { setTimeout(() => asyncio.run(main()), 10); await asyncio.sleep(1); }', 'asyncio.run(main());'),
    status: 'error',
    check: (r) => {
      expect(r.error?.message).toBe('asyncio.run() cannot be called from a running event loop');
      expect(r.virtualMs).toBe(10);
    },
  },
  {
    rule: 'hostile: 5,000 tasks started in one round all run within the limits',
    code: src('async function work(i: number) { await asyncio.sleep(1); return i; }',
      'async function main() { const ts = []; for (let i = 0; i < 5_000; i++) ts.push(asyncio.createTask(work(i)));',
      '  const r = await asyncio.gather(...ts); console.log(r.length, r[4_999]); }', 'asyncio.run(main());'),
    status: 'ok',
    console: [[1000, '5000 4999']],
  },
  {
    rule: 'hostile: a getter on the gather options object that throws reaches the program as its own error',
    code: src('async function main() {',
      '  try { await asyncio.gather(asyncio.sleep(0), { get returnExceptions(): boolean { throw new Error("getter"); } }); }',
      '  catch (e) { console.log("caught", (e as Error).message); }', '}', 'asyncio.run(main());'),
    status: 'ok',
    console: [[0, 'caught getter']],
  },
];

describe.each([
  ['asyncio API', api],
  ['hostile programs against the asyncio loop', hostile],
  ['asyncio tracing and warnings', tracing],
  ['asyncio mixed with Node macrotasks', mixed],
])('golden: %s', (_group, table) => {
  it.for(table)('$rule', async ({ code, status, console: expected, check }, { expect }) => {
    const result = await run(code);
    expect(result.status, JSON.stringify({ error: result.error, console: result.console.slice(0, 5) })).toBe(status);
    if (expected) expect(lines(result)).toEqual(expected);
    check?.(result);
  });
});
