// wait_for (3.11: a timed-out inner is cancelled and waited for; its value wins if it swallows
// the cancellation), wait (FIRST_COMPLETED / FIRST_EXCEPTION / ALL_COMPLETED, timeout) and
// as_completed, after CPython 3.11's tasks.py.
import {
  ArrayFrom, MapCtor, MapPrototypeDelete, MapPrototypeForEach, MapPrototypeGetSize, MapPrototypeHas, MapPrototypeSet,
  SetCtor, TypeErrorCtor, safeArray,
} from '../intrinsics.ts';
import { CancelledError, TimeoutError, isCancelledError } from '../errors.ts';
import { Future, futureOf } from './future.ts';
import { callLater, toMs } from './ready.ts';
import { ensureFuture } from './task.ts';
import { type Coro, coroOf, makeCoro, startCoro } from './coro.ts';
import { awaitFuture, currentCore } from './suspend.ts';
import { futureHandle } from './handles.ts';
import { ValueError } from './locks.ts';
import { Queue } from './queue.ts';

export const FIRST_COMPLETED = 'FIRST_COMPLETED';
export const FIRST_EXCEPTION = 'FIRST_EXCEPTION';
export const ALL_COMPLETED = 'ALL_COMPLETED';

const releaseWaiter = (waiter: Future) => { if (!waiter.done()) waiter.setResult(null); };

async function cancelAndWait(core: ReturnType<typeof currentCore>, fut: Future): Promise<void> {
  const waiter = new Future();
  const cb = () => releaseWaiter(waiter);
  fut.addDoneCallback(cb, true);
  try {
    fut.cancel();
    await awaitFuture(core, waiter);
  } finally {
    fut.removeDoneCallback(cb);
  }
}

/** `await aw` inside a coroutine of ours: a coroutine object runs inline, a future suspends. */
export function awaitInline(core: ReturnType<typeof currentCore>, aw: unknown): unknown {
  const c: Coro | undefined = coroOf(aw);
  if (c !== undefined) return startCoro(c);
  const f = futureOf(aw);
  return f !== undefined ? awaitFuture(core, f) : aw;
}

export async function waitFor(aw: unknown, timeout?: number | null): Promise<unknown> {
  const core = currentCore();
  if (timeout === undefined || timeout === null) return await awaitInline(core, aw);
  if (timeout <= 0) {
    const fut = ensureFuture(aw);
    if (fut.done()) return fut.result();
    await cancelAndWait(core, fut);
    try { return fut.result(); } catch (e) { if (isCancelledError(e)) throw new TimeoutError(); throw e; }
  }
  const waiter = new Future();
  const handle = callLater(toMs(timeout), () => releaseWaiter(waiter), true);
  const cb = () => releaseWaiter(waiter);
  const fut = ensureFuture(aw);
  fut.addDoneCallback(cb, true);
  try {
    try {
      await awaitFuture(core, waiter);
    } catch (e) {
      if (!isCancelledError(e)) throw e;
      if (fut.done()) return fut.result();
      fut.removeDoneCallback(cb);
      await cancelAndWait(core, fut);
      throw e;
    }
    if (fut.done()) return fut.result();
    fut.removeDoneCallback(cb);
    await cancelAndWait(core, fut);
    try { return fut.result(); } catch (e) { if (isCancelledError(e)) throw new TimeoutError(); throw e; }
  } finally {
    handle.cancel();
  }
}

function futuresOf(fs: unknown, what: string, coroutines: boolean): Future[] {
  if (futureOf(fs) !== undefined || coroOf(fs) !== undefined || typeof fs !== 'object' || fs === null) {
    throw new TypeErrorCtor('expect ' + what + ' of futures, not ' + (fs === null ? 'null' : typeof fs));
  }
  const seen = new MapCtor<Future, true>();
  const out = safeArray<Future>();
  const list = ArrayFrom(fs as Iterable<unknown>);
  for (let i = 0; i < list.length; i++) {
    if (!coroutines && coroOf(list[i]) !== undefined) throw new TypeErrorCtor('Passing coroutines is forbidden, use tasks explicitly.');
    const f = ensureFuture(list[i]);
    if (!MapPrototypeHas(seen, f)) { MapPrototypeSet(seen, f, true); out[out.length] = f; }
  }
  return out;
}

export interface WaitOptions { timeout?: number | null; returnWhen?: string }

export async function wait(fs: unknown, options: WaitOptions = {}): Promise<[Set<unknown>, Set<unknown>]> {
  const timeout = options.timeout ?? null;
  const returnWhen = options.returnWhen ?? ALL_COMPLETED;
  const futs = futuresOf(fs, 'a list', false);
  if (futs.length === 0) throw new ValueError('Set of Tasks/Futures is empty.');
  if (returnWhen !== FIRST_COMPLETED && returnWhen !== FIRST_EXCEPTION && returnWhen !== ALL_COMPLETED) {
    throw new ValueError('Invalid return_when value: ' + returnWhen);
  }
  const core = currentCore();
  const waiter = new Future();
  const handle = timeout === null ? null : callLater(toMs(timeout), () => releaseWaiter(waiter), true);
  let counter = futs.length;
  const onCompletion = (f: Future) => {
    counter--;
    if (counter <= 0 || returnWhen === FIRST_COMPLETED
      || (returnWhen === FIRST_EXCEPTION && !f.cancelled() && f.exception() !== null)) {
      if (handle !== null) handle.cancel();
      if (!waiter.done()) waiter.setResult(null);
    }
  };
  for (let i = 0; i < futs.length; i++) futs[i].addDoneCallback(onCompletion, true);
  try {
    await awaitFuture(core, waiter);
  } finally {
    if (handle !== null) handle.cancel();
    for (let i = 0; i < futs.length; i++) futs[i].removeDoneCallback(onCompletion);
  }
  const done = new SetCtor<unknown>(), pending = new SetCtor<unknown>();
  for (let i = 0; i < futs.length; i++) (futs[i].done() ? done : pending).add(futureHandle(futs[i]));
  return [done, pending];
}

/** as_completed: coroutine objects to await in turn; each gives the next result to arrive. */
export function asCompleted(fs: unknown, options: { timeout?: number | null } = {}): unknown[] {
  const todo = futuresOf(fs, 'an iterable', true);
  const done = new Queue<Future | null>();
  let remaining = new MapCtor<Future, true>();
  for (let i = 0; i < todo.length; i++) MapPrototypeSet(remaining, todo[i], true);
  let handle: { cancel(): void } | null = null;
  const onCompletion = (f: Future) => {
    if (MapPrototypeGetSize(remaining) === 0) return;
    MapPrototypeDelete(remaining, f);
    done.putNowait(f);
    if (MapPrototypeGetSize(remaining) === 0 && handle !== null) handle.cancel();
  };
  const onTimeout = () => {
    MapPrototypeForEach(remaining, (_v: true, f: Future) => { f.removeDoneCallback(onCompletion); done.putNowait(null); });
    remaining = new MapCtor<Future, true>();
  };
  for (let i = 0; i < todo.length; i++) todo[i].addDoneCallback(onCompletion, true);
  const timeout = options.timeout ?? null;
  if (todo.length > 0 && timeout !== null) handle = callLater(toMs(timeout), onTimeout, true);
  const waitForOne = async () => {
    const f = await done.get();
    if (f === null) throw new TimeoutError();
    return f.result();
  };
  const out: unknown[] = [];
  for (let i = 0; i < todo.length; i++) out[i] = makeCoro(waitForOne, [], undefined, 'asCompleted', 0);
  return out;
}
void CancelledError;
