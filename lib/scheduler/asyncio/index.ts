// The asyncio namespace (Python's API, seconds as the unit). Everything here follows CPython
// 3.11's asyncio on its loop of rounds (ready.ts); plain promises and timers keep Node's rules.
import { ObjectFreeze, PromiseCtor, SetCtor } from '../intrinsics.ts';
import { S } from '../state.ts';
import { describe, label } from '../promises.ts';
import { setLazy } from '../hooks.ts';
import { CancelledError, InvalidStateError, TimeoutError } from '../errors.ts';
import { Future as FutureCore } from './future.ts';
import { currentCore, ensureFuture, newTask, pendingCores } from './task.ts';
import { callLater, type TimerHandle, toMs } from './ready.ts';
import { coroOf, makeCoro } from './coro.ts';
import { markYield } from './suspend.ts';
import { Future, Task, futureHandle, taskHandle } from './handles.ts';
import { run } from './run.ts';
import { gather, shield } from './gather.ts';
import { ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, asCompleted, wait, waitFor } from './wait.ts';
import { Timeout, timeout, timeoutAt } from './timeouts.ts';
import { ExceptionGroup, TaskGroup, taskGroup } from './taskgroup.ts';
import { BoundedSemaphore, Condition, Event, Lock, RuntimeError, Semaphore, ValueError } from './locks.ts';
import { Barrier, BrokenBarrierError } from './barrier.ts';
import { Queue, QueueEmpty, QueueFull } from './queue.ts';
import './warnings.ts';

setLazy(makeCoro);

/** sleep's future: cancelling it also drops its timer (CPython's `finally: h.cancel()`). */
class SleepFuture extends FutureCore {
  timer: TimerHandle | null = null;
  override cancel(msg?: unknown): boolean {
    if (this.timer !== null) this.timer.cancel();
    return this.cancelFuture(msg);
  }
}

function sleep<T>(seconds?: number, result?: T): Promise<T | undefined> {
  const ms = toMs(seconds);
  if (ms === 0) {
    // sleep(0) is a bare yield: the task steps again next round.
    const p = new PromiseCtor<T | undefined>((resolve) => resolve(result));
    markYield(p, result);
    return label(p, 'sleep(0)');
  }
  const fut = new SleepFuture();
  fut.timer = callLater(ms, () => { if (!fut.done()) fut.setResult(result); }, true);
  return label(fut.promise(), 'sleep(' + ms + ')') as Promise<T | undefined>;
}

function createTask(coro: unknown, options?: { name?: string }): Task<unknown> {
  const name = options !== null && typeof options === 'object' && typeof options.name === 'string' ? options.name : undefined;
  const h = taskHandle(newTask(coro, { name }));
  return h;
}

function currentTask(): Task<unknown> | null {
  const core = currentCore();
  return core === null ? null : taskHandle(core);
}

function allTasks(): Set<Task<unknown>> {
  const out = new SetCtor<Task<unknown>>();
  const cores = pendingCores();
  for (let i = 0; i < cores.length; i++) out.add(taskHandle(cores[i]));
  return out;
}

function describeAw(aw: unknown): string {
  const c = coroOf(aw);
  return c !== undefined ? c.name + '()' : describe(aw, 'awaitable');
}

const loop = ObjectFreeze({ time: () => S.now / 1000 });

export const asyncio = ObjectFreeze({
  run,
  sleep,
  createTask,
  ensureFuture: (aw: unknown) => futureHandle(ensureFuture(aw)),
  gather,
  shield,
  waitFor: (aw: unknown, timeout?: number | null) => label(waitFor(aw, timeout), 'waitFor(' + describeAw(aw) + ')'),
  wait: (fs: unknown, options?: object) => label(wait(fs, options), 'wait(…)'),
  asCompleted,
  timeout,
  timeoutAt,
  Timeout,
  TaskGroup,
  taskGroup,
  currentTask,
  allTasks,
  getRunningLoop: () => loop,
  FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
  Queue, QueueEmpty, QueueFull, Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier,
  Future, Task,
  CancelledError, TimeoutError, InvalidStateError, ExceptionGroup, BrokenBarrierError, RuntimeError, ValueError,
});
export { Task };
