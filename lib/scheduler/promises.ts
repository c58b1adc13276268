// Promise tracking: labels for promises the sandbox creates (sleep, Promise.all, Queue.get…),
// cancellers for the ones a Task.cancel() may cut short, settle tracking of task promises, and
// the rejected task promises nobody handled (checked once the microtasks have drained).
import {
  WeakMapCtor, WeakMapPrototypeGet, WeakMapPrototypeSet, safeArray, append,
} from './intrinsics.ts';
import { S } from './state.ts';
import { evSettle } from './trace.ts';
import { type TaskRec, markObserved, retire, taskOfPromise, taskLabel } from './tasks.ts';
import { isCancelledError } from './errors.ts';

const labels = new WeakMapCtor<object, string>();
const cancellers = new WeakMapCtor<object, () => void>();
/** Handles (Task objects) → their record; set by task-handle.ts. */
export const handles = new WeakMapCtor<object, TaskRec>();

export function label<T extends object>(p: T, text: string): T {
  WeakMapPrototypeSet(labels, p, text);
  return p;
}

/** Registers how to end this wait early (cancel); the wait resolves and the task gets CancelledError. */
export function onCancel(p: object, fn: () => void): void {
  WeakMapPrototypeSet(cancellers, p, fn);
}

export function cancellerOf(v: unknown): (() => void) | undefined {
  return typeof v === 'object' && v !== null ? WeakMapPrototypeGet(cancellers, v) : undefined;
}

/** The task behind a task promise or a Task handle. */
export function taskOf(v: unknown): TaskRec | undefined {
  if ((typeof v !== 'object' && typeof v !== 'function') || v === null) return undefined;
  return taskOfPromise(v) || WeakMapPrototypeGet(handles, v);
}

/** What a task waits for, for its waiting span: `sleep(3000)`, `task callApi#2`, else the source. */
export function describe(v: unknown, text: string): string {
  if ((typeof v !== 'object' && typeof v !== 'function') || v === null) return text;
  const rec = taskOf(v);
  if (rec !== undefined) return taskLabel(rec);
  const l = WeakMapPrototypeGet(labels, v);
  return l === undefined ? text : l;
}

/** Marks v (a task promise or Task) as observed, so it is neither floating nor unhandled. */
export function observe(v: unknown): void {
  const rec = taskOf(v);
  if (rec !== undefined && !rec.observed) markObserved(rec);
}

const unhandled = safeArray<TaskRec>();
let onMainSettled: ((rec: TaskRec) => void) | null = null;
export function setMainWatcher(fn: ((rec: TaskRec) => void) | null): void {
  onMainSettled = fn;
}

/**
 * Runs onFulfilled/onRejected one tick after p settles, exactly like p.then(…) but through an
 * internal await: await never reads Promise[Symbol.species], so a program poisoning it cannot
 * break the scheduler's own bookkeeping. The callbacks must not throw.
 */
export async function whenSettled(p: unknown, onFulfilled: (v: any) => void, onRejected: (e: unknown) => void): Promise<void> {
  let v: unknown;
  try {
    v = await p;
  } catch (e) {
    onRejected(e);
    return;
  }
  onFulfilled(v);
}

/** Attaches settle tracking at creation, before user code can register anything on p. */
export function trackSettle(rec: TaskRec, p: Promise<unknown>): void {
  whenSettled(p, (v: unknown) => settle(rec, 'fulfilled', v),
    (e: unknown) => settle(rec, isCancelledError(e) ? 'cancelled' : 'rejected', e));
}

function settle(rec: TaskRec, state: 'fulfilled' | 'rejected' | 'cancelled', v: unknown): void {
  if (rec.state !== 'pending') return; // already cancelled at shutdown
  rec.state = state;
  rec.value = v;
  rec.waitingOn = undefined;
  evSettle(rec.id, S.now, state);
  if (state === 'rejected' && !rec.observed) append(unhandled, rec);
  retire(rec);
  if (onMainSettled !== null) onMainSettled(rec);
}

/** Rejected task promises still unobserved now that the microtasks drained (Node's check). */
export function takeUnhandled(): TaskRec | null {
  for (let i = 0; i < unhandled.length; i++) {
    if (!unhandled[i].observed) {
      const rec = unhandled[i];
      unhandled.length = 0;
      return rec;
    }
  }
  unhandled.length = 0;
  return null;
}
