// The Hooks object the instrumented program calls (abi.ts): task creation, await bookkeeping
// (waiting/running spans), body exit and delivery of Task.cancel() as a CancelledError.
import type { Hooks, ModuleName } from './abi.ts';
import { newPromise, noteAwaited } from './promise-tags.ts';
import { S } from './state.ts';
import { type TaskRec, bindPromise, createTask, runState, setState, taskById } from './tasks.ts';
import { cancellerOf, describe, observe, taskOf, trackSettle } from './promises.ts';
import { CancelledError } from './errors.ts';
import { append, ReflectApply, safeArray } from './intrinsics.ts';
import { lookAsync, lookAsyncMethods, recordSource } from './async-look.ts';
import { attributeResolution, attributeThenable } from './thenables.ts';
import { promiseConstruct } from './promise-construct.ts';

/** Tasks whose body returned while their promise is still pending (returned another promise). */
const exitedPending = safeArray<TaskRec>();

/**
 * Runs fn as a new task and tracks its promise; shared by hooks.task, boot and createTask. With
 * `args`, fn is the instrumented body, called with them (it reads its id from hooks.current()).
 */
export function startTask(name: string, fn: (id: number) => Promise<unknown>, args?: ArrayLike<unknown>): [TaskRec, Promise<unknown>] {
  const rec = createTask(name, S.current === 0 ? null : S.current);
  const prev = S.current;
  S.current = rec.id;
  let p: Promise<unknown>;
  try {
    p = args === undefined ? fn(rec.id) : ReflectApply(fn, undefined, args);
  } finally {
    S.current = prev;
  }
  bindPromise(rec, p);
  trackSettle(rec, p);
  return [rec, p];
}

/** Cancels a task: ends the wait we own (sleep, Queue.get…) now; the task throws on resume. */
export function cancelTask(rec: TaskRec): boolean {
  if (rec.state !== 'pending') return false;
  rec.cancelRequested = true;
  interruptWait(rec, rec.waitingOn);
  return true;
}

function interruptWait(rec: TaskRec, w: unknown): void {
  if (w === undefined || !rec.cancelRequested) return;
  const c = cancellerOf(w);
  if (c !== undefined) c();
  else {
    // Awaiting another task: Python cancels the awaited task too.
    const inner = taskOf(w);
    if (inner !== undefined && inner !== rec) cancelTask(inner);
  }
}

/** Gives tasks that returned a still-pending promise a waiting span from when their body exited. */
export function flushExits(): void {
  for (let i = 0; i < exitedPending.length; i++) {
    const rec = exitedPending[i];
    if (rec.state === 'pending' && rec.kind === 'running') {
      const now = S.now;
      S.now = rec.exitT;
      setState(rec, 'waiting', 'return value');
      S.now = now;
    }
  }
  exitedPending.length = 0;
}

/** asyncio's part of an await (asyncio/suspend.ts): what a task really awaits instead of value. */
let awaitGate: ((rec: TaskRec, value: unknown) => unknown) | null = null;
export function setAwaitGate(fn: (rec: TaskRec, value: unknown) => unknown): void {
  awaitGate = fn;
}
let makeLazy: (fn: unknown, args: unknown, thisArg: unknown, name: unknown, line: unknown) => object = () => ({});
/** Registers how __tl.lazy builds a coroutine object (asyncio/coro.ts). */
export function setLazy(fn: typeof makeLazy): void {
  makeLazy = fn;
}

let modules: (name: ModuleName) => Record<string, unknown> = () => ({});
/** Registers what `import … from "taskline" | "asyncio"` yields (set by globals.ts). */
export function setModules(fn: (name: ModuleName) => Record<string, unknown>): void {
  modules = fn;
}

export const hooks: Hooks = {
  task(name, fn, args) {
    return startTask(typeof name === 'string' ? name : 'anonymous', fn, args)[1];
  },
  fn: lookAsync,
  methods: lookAsyncMethods,
  source: recordSource,
  exit(t) {
    const rec = taskById(t);
    if (rec === undefined || rec.state !== 'pending') return;
    rec.exited = true;
    rec.exitT = S.now;
    append(exitedPending, rec);
  },
  awaiting(t, value, text, line) {
    const rec = taskById(t);
    if (rec === undefined) return value;
    observe(value);
    rec.waitingOn = value;
    rec.waitLine = typeof line === 'number' ? line : 0;
    setState(rec, 'waiting', describe(value, typeof text === 'string' ? text : '?'));
    // Cancelled while running: cut the new wait short so the CancelledError arrives promptly.
    interruptWait(rec, value);
    // asyncio's gate first (a free Lock does not suspend), then a stand-in await treats exactly as
    // the value, whose `then` runs as this task.
    const gated = rec.aio !== null && awaitGate !== null ? awaitGate(rec, value) : value;
    return attributeThenable(gated, t) as typeof value;
  },
  resumed(t, value) {
    const rec = taskById(t);
    if (rec === undefined) return value as any;
    if (arguments.length > 1) noteAwaited(rec.waitingOn, value); // console's promise states
    S.current = t;
    rec.waitingOn = undefined;
    setState(rec, 'running', '');
    // Deliver a pending cancel at an await (two arguments), not at a catch/finally marker.
    if (rec.cancelRequested && arguments.length > 1) {
      rec.cancelRequested = false;
      throw new CancelledError();
    }
    return value as any;
  },
  current() {
    return S.current;
  },
  module(name) {
    return modules(name);
  },
  lazy(fn, args, thisArg, name, line) {
    return makeLazy(fn, args, thisArg, name, line);
  },
  harness(fn) {
    // Only the first registration counts: it is the harness program's last statement.
    if (runState.harness === null && typeof fn === 'function') runState.harness = fn;
  },
  newPromise,
  returning: (t, value) => attributeResolution(value, t) as typeof value,
  promises: promiseConstruct,
};
