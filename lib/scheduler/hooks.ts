// The Hooks object the instrumented program calls (abi.ts): task creation, await bookkeeping
// (waiting/running spans), body exit and delivery of Task.cancel() as a CancelledError.
import type { Hooks, ModuleName } from './abi.ts';
import { newPromise, noteAwaited } from './promise-tags.ts';
import { S } from './state.ts';
import { type TaskRec, bindPromise, createTask, setState, taskById } from './tasks.ts';
import { cancellerOf, describe, observe, taskOf, trackSettle } from './promises.ts';
import { CancelledError } from './errors.ts';
import { append, safeArray } from './intrinsics.ts';

/** Tasks whose body returned while their promise is still pending (returned another promise). */
const exitedPending = safeArray<TaskRec>();

/** Runs fn as a new task and tracks its promise; shared by hooks.task, boot and createTask. */
export function startTask(name: string, fn: (id: number) => Promise<unknown>): [TaskRec, Promise<unknown>] {
  const rec = createTask(name, S.current === 0 ? null : S.current);
  const prev = S.current;
  S.current = rec.id;
  let p: Promise<unknown>;
  try {
    p = fn(rec.id);
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

let modules: (name: ModuleName) => Record<string, unknown> = () => ({});
/** Registers what `import … from "taskline" | "asyncio"` yields (set by globals.ts). */
export function setModules(fn: (name: ModuleName) => Record<string, unknown>): void {
  modules = fn;
}

export const hooks: Hooks = {
  task(name, fn) {
    return startTask(typeof name === 'string' ? name : 'anonymous', fn)[1];
  },
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
    return value;
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
  newPromise,
};
