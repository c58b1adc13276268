// The asyncio namespace (Python's API, seconds as the unit): run, sleep, createTask, gather,
// waitFor and the primitives. run() marks main; the loop closes the run once main settles.
import {
  ErrorCtor, append, defineIndex, safeArray, MathRound, PromiseCtor, PromiseResolve, ObjectFreeze,
} from './intrinsics.ts';
import { S } from './state.ts';
import { type TaskRec, renameTask } from './tasks.ts';
import { cancellerOf, describe, label, observe, onCancel, taskOf, whenSettled } from './promises.ts';
import { cancelTask, hooks, startTask } from './hooks.ts';
import { addTimer, clearTimer } from './clock.ts';
import { sleep as sleepMs } from './timers.ts';
import { handleOf, Task } from './task-handle.ts';
import { CancelledError, InvalidStateError, TimeoutError } from './errors.ts';
import { Event, Lock, Semaphore } from './sync.ts';
import { Queue, QueueEmpty, QueueFull } from './queue.ts';
import { runState } from './run-state.ts';

let anonymousTasks = 0;
const toMs = (s: unknown) => { const n = +(s as number) * 1000; return n > 0 ? MathRound(n) : 0; };

/** The task behind an awaitable, starting one ("Task-N" or name) for a plain promise/thenable. */
function adopt(aw: unknown, name: string | undefined): TaskRec {
  if (typeof aw === 'function') aw = aw();
  const existing = taskOf(aw);
  if (existing !== undefined) {
    observe(aw);
    if (name !== undefined) renameTask(existing, name);
    return existing;
  }
  // Index, not `const [rec] = …`: array destructuring calls Array.prototype[Symbol.iterator], which
  // a program may have replaced (that broke every createTask/run after the sabotage).
  const rec = startTask(name ?? 'Task-' + ++anonymousTasks, async (t: number) =>
    hooks.resumed(t, await hooks.awaiting(t, aw, 'awaitable', 0)))[0];
  rec.observed = true;
  return rec;
}

function toPromise(aw: unknown): Promise<unknown> {
  const rec = taskOf(aw);
  if (rec !== undefined && rec.promise !== null) return rec.promise;
  return PromiseResolve(aw);
}

function run(main: unknown): Promise<unknown> {
  if (runState.main !== null) throw new ErrorCtor('asyncio.run() cannot be called from a running event loop');
  const rec = adopt(main, undefined);
  runState.main = rec;
  return rec.promise as Promise<unknown>;
}

function createTask(aw: unknown, options?: { name?: string }): Task<unknown> {
  const name = options !== null && typeof options === 'object' && typeof options.name === 'string' ? options.name : undefined;
  return handleOf(adopt(aw, name));
}

function gather(...aws: unknown[]): Promise<unknown[]> {
  const n = aws.length;
  const recs = safeArray<TaskRec>();
  const p = new PromiseCtor<unknown[]>((resolve, reject) => {
    const results: unknown[] = [];
    let remaining = n;
    if (n === 0) resolve(results);
    for (let i = 0; i < n; i++) {
      observe(aws[i]);
      const rec = taskOf(aws[i]);
      if (rec !== undefined) append(recs, rec);
      whenSettled(toPromise(aws[i]), (v: unknown) => {
        defineIndex(results, i, v);
        if (--remaining === 0) resolve(results);
      }, reject);
    }
  });
  onCancel(p, () => { for (let i = 0; i < recs.length; i++) cancelTask(recs[i]); });
  return label(p, 'gather(' + n + ')');
}

function waitFor<T>(aw: PromiseLike<T>, seconds?: number | null): Promise<T> {
  const inner = taskOf(aw);
  const what = describe(aw, 'awaitable');
  observe(aw);
  const cancelInner = () => {
    if (inner !== undefined) cancelTask(inner);
    else { const c = cancellerOf(aw); if (c !== undefined) c(); }
  };
  const p = new PromiseCtor<T>((resolve, reject) => {
    const timer = seconds === undefined || seconds === null ? null : addTimer(toMs(seconds), () => {
      cancelInner();
      reject(new TimeoutError());
    }, S.current);
    whenSettled(toPromise(aw), (v: unknown) => {
      if (timer !== null) clearTimer(timer);
      resolve(v as T);
    }, (e: unknown) => {
      if (timer !== null) clearTimer(timer);
      reject(e);
    });
  });
  onCancel(p, cancelInner);
  return label(p, 'waitFor(' + what + ')');
}

export const asyncio = ObjectFreeze({
  run,
  sleep: <T>(seconds?: number, value?: T) => sleepMs(toMs(seconds), value),
  createTask,
  ensureFuture: createTask,
  gather,
  waitFor,
  Queue, QueueEmpty, QueueFull, Semaphore, Event, Lock, Task,
  CancelledError, TimeoutError, InvalidStateError,
});
