// How a task suspends on a future, as CPython's Task.__step and __wakeup do: awaiting a pending
// future parks the task (its fut_waiter) until the future's done callback, queued with call_soon,
// wakes it in a later round; awaiting a done future does not suspend at all.
import { ErrorCtor, PromiseCtor, WeakMapCtor, WeakMapPrototypeGet, WeakMapPrototypeSet } from '../intrinsics.ts';
import type { TaskRec } from '../tasks.ts';
import { evWarn } from '../trace.ts';
import { shortName } from '../tasks.ts';
import { setAwaitGate } from '../hooks.ts';
import { isCancelledError } from '../errors.ts';
import { type Future, futureOf } from './future.ts';
import { callSoon } from './ready.ts';
import { coroOf, startCoro } from './coro.ts';
import { TaskCore, currentCore } from './task.ts';

/** Promises of asyncio.sleep(0): a bare yield, which reschedules the task for the next round. */
const YIELD = new WeakMapCtor<object, { result: unknown }>();
export function markYield(p: object, result: unknown): void { WeakMapPrototypeSet(YIELD, p, { result }); }

function resume(core: TaskCore, resolve: (v: unknown) => void, reject: (e: unknown) => void, fut: Future | null,
  yielded?: unknown): void {
  if (fut !== null && core.futWaiter === fut) core.futWaiter = null;
  let failedWith: unknown, failed = false, value: unknown = yielded;
  if (fut !== null) {
    try { value = fut.result(); } catch (e) { failed = true; failedWith = e; }
  }
  if (core.mustCancel) {
    core.mustCancel = false;
    if (!failed || !isCancelledError(failedWith)) failedWith = core.makeCancelledError();
    failed = true;
  }
  if (failed) reject(failedWith); else resolve(value);
}

/**
 * Parks core on a pending future; the promise settles in the round its done callback runs. With
 * rec (an await in the program), the task to resume is rec's driver at wake-up time: createTask
 * may adopt an async call that was already waiting, and the wait then belongs to the new task.
 */
export function suspend(core: TaskCore, fut: Future, rec?: TaskRec): Promise<unknown> {
  let res!: (v: unknown) => void, rej!: (e: unknown) => void;
  const gate = new PromiseCtor<unknown>((a, b) => { res = a; rej = b; });
  core.futWaiter = fut;
  fut.addDoneCallback(() => {
    const driver = rec !== undefined && rec.aio instanceof TaskCore ? rec.aio : core;
    resume(driver, res, rej, fut);
  });
  if (core.mustCancel && fut.cancel(core.cancelMessage)) core.mustCancel = false;
  return gate;
}

/** A bare yield (sleep(0)): the task steps again next round. */
export function yieldOnce(core: TaskCore, result: unknown): Promise<unknown> {
  let res!: (v: unknown) => void, rej!: (e: unknown) => void;
  const gate = new PromiseCtor<unknown>((a, b) => { res = a; rej = b; });
  core.futWaiter = null;
  callSoon(() => resume(core, res, rej, null, result));
  return gate;
}

/** `await fut` inside the scheduler's own coroutines (waitFor, Lock.acquire…), as the running task. */
export function awaitFuture(core: TaskCore | null, fut: Future): Promise<unknown> {
  if (core === null || core.done() || fut.done()) return fut.promise();
  return suspend(core, fut);
}

/** The awaiting hook's asyncio part: what the task really awaits instead of value. */
function gate(rec: TaskRec, value: unknown): unknown {
  const core = rec.aio;
  if (!(core instanceof TaskCore) || core.done()) return value;
  core.awaitingRec = rec;
  if (core.cancelledAtShutdown) warnCleanupAwait(core, rec);
  const y = typeof value === 'object' && value !== null ? WeakMapPrototypeGet(YIELD, value) : undefined;
  if (y !== undefined) return yieldOnce(core, y.result);
  // `await coro` on a coroutine object runs it inline, as Python does.
  const c = coroOf(value);
  if (c !== undefined && !c.consumed) return startCoro(c);
  const fut = futureOf(value);
  if (fut === undefined) return value;
  if (fut === core) return new PromiseCtor((_, reject) => reject(new ErrorCtor('Task cannot await on itself')));
  if (fut.done()) return fut.promise();
  return suspend(core, fut, rec);
}
setAwaitGate((rec, value) => gate(rec, value));

function warnCleanupAwait(core: TaskCore, rec: TaskRec): void {
  if (core.warnedCleanup) return;
  core.warnedCleanup = true;
  evWarn('cancelled-at-shutdown', 'task ' + shortName(core.rec) + ' was cancelled at shutdown while in its finally/except'
    + (rec.waitLine > 0 ? ' (line ' + rec.waitLine + ')' : '') + ': asyncio.run() waits for this cleanup', core.rec.id);
}

export { currentCore };
