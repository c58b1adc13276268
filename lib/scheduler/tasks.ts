// The task registry: one record per traced task (script, each async call, each createTask), the
// per-name ordinals used in "task callApi#2", the promise → task lookup, and which tasks decide
// the end of the run. Settled tasks that someone observed are dropped, so long runs stay small.
import {
  MapCtor, MapPrototypeDelete, MapPrototypeForEach, MapPrototypeGet, MapPrototypeSet,
  WeakMapCtor, WeakMapPrototypeGet, WeakMapPrototypeSet, safeArray, append,
} from './intrinsics.ts';
import type { HarnessFn, StateKind } from './abi.ts';
import { S } from './state.ts';
import { evState, evTask } from './trace.ts';

export type TaskState = 'pending' | 'fulfilled' | 'rejected' | 'cancelled';

export interface TaskRec {
  id: number;
  name: string;
  ordinal: number;
  parent: number | null;
  createdAt: number;
  promise: Promise<unknown> | null;
  state: TaskState;
  value: unknown;
  /** Someone awaited / then'd it, or passed it to createTask/gather/run: not a floating promise. */
  observed: boolean;
  /** Current span kind and detail, so repeated hooks don't emit duplicate state events. */
  kind: StateKind | '';
  detail: string;
  /** What the task awaits now (undefined while running), with the line of that await. */
  waitingOn: unknown;
  waitLine: number;
  cancelRequested: boolean;
  /** The body returned (exit hook) but the promise has not settled yet. */
  exited: boolean;
  exitT: number;
  /** Task object handed to user code (createTask), created lazily. */
  handle: object | null;
  /** The asyncio task driving this coroutine (its own, or the awaiting task's for a plain call). */
  aio: object | null;
}

/** Which tasks decide the end of the run: the script task (top level) and asyncio.run's main. */
export const runState = {
  script: null as TaskRec | null,
  /** asyncio.run's main while it is pending; the run closes at the step after it settles. */
  main: null as TaskRec | null,
  /** A registered classroom harness, until its phase starts (harness-phase.ts). */
  harness: null as HarnessFn | null,
};

const live = new MapCtor<number, TaskRec>();
const byPromise = new WeakMapCtor<object, TaskRec>();
const nameCounts = new MapCtor<string, number>();
let nextId = 1;
/** A lazily started asyncio task whose coroutine is being called: its first async call is it. */
let adopting: TaskRec | null = null;
let adoptKeepsName = false;
export function adoptNextTask(rec: TaskRec | null, keepName = false): void {
  adopting = rec;
  adoptKeepsName = keepName;
}

export function createTask(name: string, parent: number | null, scheduled = false): TaskRec {
  if (adopting !== null && !scheduled) {
    const rec = adopting;
    adopting = null;
    if (!adoptKeepsName) renameTask(rec, name);
    setState(rec, 'running', '');
    return rec;
  }
  const parentRec = parent === null ? undefined : MapPrototypeGet(live, parent);
  const ordinal = (MapPrototypeGet(nameCounts, name) || 0) + 1;
  MapPrototypeSet(nameCounts, name, ordinal);
  const rec: TaskRec = {
    id: nextId++, name, ordinal, parent, createdAt: S.now, promise: null, state: 'pending', value: undefined, observed: false,
    kind: '', detail: '', waitingOn: undefined, waitLine: 0, cancelRequested: false, exited: false, exitT: 0,
    handle: null, aio: parentRec === undefined ? null : parentRec.aio,
  };
  MapPrototypeSet(live, rec.id, rec);
  evTask(rec.id, name, parent, S.now);
  // A lazily started task waits in the ready queue from its creation until its first step.
  setState(rec, scheduled ? 'waiting' : 'running', scheduled ? 'scheduled' : '');
  return rec;
}

/** Gives a task a new name (createTask(coro, { name })); a repeated 'task' event means rename. */
export function renameTask(rec: TaskRec, name: string): void {
  if (name === rec.name) return;
  rec.name = name;
  rec.ordinal = (MapPrototypeGet(nameCounts, name) || 0) + 1;
  MapPrototypeSet(nameCounts, name, rec.ordinal);
  evTask(rec.id, name, rec.parent, rec.createdAt);
}

export function setState(rec: TaskRec, kind: StateKind, detail: string): void {
  if (rec.state !== 'pending' || (rec.kind === kind && rec.detail === detail)) return;
  rec.kind = kind;
  rec.detail = detail;
  evState(rec.id, S.now, kind, detail);
}

export function bindPromise(rec: TaskRec, p: Promise<unknown>): void {
  rec.promise = p;
  WeakMapPrototypeSet(byPromise, p, rec);
}

export function taskOfPromise(v: unknown): TaskRec | undefined {
  return (typeof v === 'object' || typeof v === 'function') && v !== null
    ? WeakMapPrototypeGet(byPromise, v) : undefined;
}

export function taskById(id: number): TaskRec | undefined {
  return MapPrototypeGet(live, id);
}

export function markObserved(rec: TaskRec): void {
  rec.observed = true;
  if (rec.state !== 'pending') MapPrototypeDelete(live, rec.id);
}

/** Called once the task's promise settled; keeps the record only while someone may still ask. */
export function retire(rec: TaskRec): void {
  if (rec.observed) MapPrototypeDelete(live, rec.id);
}

/** "task callApi#2": how an await on this task is described. */
export function taskLabel(rec: TaskRec): string {
  return 'task ' + rec.name + '#' + rec.ordinal;
}

/** The name used in warnings: "callApi" when it is the only one, else "callApi#2". */
export function shortName(rec: TaskRec): string {
  return (MapPrototypeGet(nameCounts, rec.name) || 0) > 1 ? rec.name + '#' + rec.ordinal : rec.name;
}

/** Every record still held (pending tasks, and settled ones nobody observed), by id. */
export function liveTasks(): TaskRec[] {
  const out = safeArray<TaskRec>();
  MapPrototypeForEach(live, (rec: TaskRec) => append(out, rec));
  return out;
}
