// asyncio.Task's core: a Future driven by a coroutine, started lazily on the loop's next round
// (CPython's Task.__init__ call_soon(__step)), cancelled as CPython does (cancel the awaited
// future, else _must_cancel), completed when the coroutine's promise settles.
import { TypeErrorCtor, safeArray } from '../intrinsics.ts';
import { S } from '../state.ts';
import {
  type TaskRec, adoptNextTask, bindPromise, createTask as createRec, renameTask, setState, taskById,
} from '../tasks.ts';
import { setMainWatcher, taskOf, trackSettle } from '../promises.ts';
import { evSettle } from '../trace.ts';
import { cancelTask as cancelWait, hooks } from '../hooks.ts';
import { isCancelledError } from '../errors.ts';
import { Future, futureOf } from './future.ts';
import { callSoon } from './ready.ts';
import { type Coro, coroOf, makeCoro, startCoro } from './coro.ts';

let anonymousTasks = 0;
/** CPython's _task_name_counter: a task created without a name is "Task-N" (asyncio.run's main is Task-1). */
let pyTaskNames = 0;
export function nextPythonTaskName(): string {
  return 'Task-' + ++pyTaskNames;
}
/** Every task in creation order (CPython's _all_tasks; the oracle iterates it in this order). */
let allCores = safeArray<TaskCore>();

export class TaskCore extends Future {
  rec: TaskRec;
  coro: Coro | null;
  /** For a task wrapping something other than a coroutine call: what its driver awaits. */
  awaitable: unknown = undefined;
  futWaiter: Future | null = null;
  mustCancel = false;
  numCancelsRequested = 0;
  started = false;
  explicitName: boolean;
  handle: object | null = null;
  /** The line of the createTask/gather/run call that made it (0 if unknown). */
  line: number;
  /** Cancelled by asyncio.run's shutdown (its later awaits are cleanup at shutdown). */
  cancelledAtShutdown = false;
  warnedCleanup = false;
  /** What getName() returns: the given name, else CPython's "Task-N". */
  pyName: string;
  /** The coroutine (this task's own or one it runs inline) that made the task's latest await. */
  awaitingRec: TaskRec | null = null;

  constructor(rec: TaskRec, coro: Coro | null, explicitName: boolean, line: number) {
    super();
    this.rec = rec;
    this.coro = coro;
    this.explicitName = explicitName;
    this.pyName = explicitName ? rec.name : nextPythonTaskName();
    this.line = line;
    rec.aio = this;
    rec.observed = true; // a task's failure is its own result, never Node's unhandled rejection
    allCores[allCores.length] = this;
  }

  override cancel(msg?: unknown): boolean {
    this.logTraceback = false;
    if (this.done()) return false;
    this.numCancelsRequested++;
    if (this.futWaiter !== null && this.futWaiter.cancel(msg)) return true;
    // Waiting on something outside asyncio (a Node sleep, a plain promise): end that wait the way
    // the rest of Taskline does, and the CancelledError arrives when the task resumes.
    const inner = this.awaitingRec;
    if (this.futWaiter === null && inner !== null && inner.state === 'pending' && inner.waitingOn !== undefined
      && futureOf(inner.waitingOn) === undefined && cancelWait(inner)) return true;
    this.mustCancel = true;
    this.cancelMessage = msg;
    return true;
  }

  uncancel(): number {
    if (this.numCancelsRequested > 0) this.numCancelsRequested--;
    return this.numCancelsRequested;
  }

  /** The task's first __step: throws into a never-started coroutine if cancelled, else calls it. */
  firstStep(): void {
    if (this.done() || this.started) return;
    this.started = true;
    const rec = this.rec;
    if (this.mustCancel) {
      this.mustCancel = false;
      rec.state = 'cancelled';
      evSettle(rec.id, S.now, 'cancelled');
      this.cancelFuture(this.cancelMessage);
      return;
    }
    const prev = S.current;
    S.current = rec.id;
    setState(rec, 'running', '');
    let value: unknown;
    try {
      if (this.coro !== null) {
        adoptNextTask(rec, this.explicitName);
        try { value = startCoro(this.coro); } finally { adoptNextTask(null); }
      } else value = this.awaitable;
    } catch (e) {
      value = failed(e);
    } finally {
      S.current = prev;
    }
    if (rec.promise === null) drive(rec, value);
  }
}

function failed(e: unknown): Promise<never> {
  return (async () => { throw e; })();
}

/** Makes rec's promise an await of value, so the task completes with it. */
function drive(rec: TaskRec, value: unknown): void {
  const id = rec.id;
  const prev = S.current;
  S.current = id;
  let p: Promise<unknown>;
  try {
    p = (async () => hooks.resumed(id, await hooks.awaiting(id, value, 'awaitable', 0)))();
  } finally {
    S.current = prev;
  }
  bindPromise(rec, p);
  trackSettle(rec, p);
}

/** When a task's coroutine settles, its future completes (CPython's end of __step). */
setMainWatcher((rec: TaskRec) => {
  const core = rec.aio;
  if (!(core instanceof TaskCore) || core.rec !== rec || core.done()) return;
  if (rec.state === 'fulfilled') {
    if (core.mustCancel) { core.mustCancel = false; core.cancelFuture(core.cancelMessage); } else core.setResult(rec.value);
  } else if (rec.state === 'cancelled' || isCancelledError(rec.value)) {
    core.cancelFuture(core.cancelMessage);
  } else core.setException(rec.value);
});

export interface NewTaskOptions { name?: string; line?: number }

/**
 * create_task/ensure_future: a coroutine object (lazy call) is scheduled to start next round; an
 * already started async call is adopted as is (JavaScript ran it eagerly); any other awaitable
 * gets a task that awaits it.
 */
export function newTask(aw: unknown, opts: NewTaskOptions = {}): TaskCore {
  // An async function itself (asyncio.run(main)) is called with no arguments when the task starts.
  const coro = typeof aw === 'function' ? coroOf(makeCoro(aw, [], undefined, (aw as { name?: unknown }).name || 'coroutine', 0)) : coroOf(aw);
  const explicit = typeof opts.name === 'string';
  const parent = S.current === 0 ? null : S.current;
  if (coro !== undefined) {
    if (coro.consumed) throw new TypeErrorCtor('cannot reuse already awaited coroutine');
    coro.consumed = true;
    const rec = createRec(explicit ? opts.name! : coro.name, parent, true);
    const core = new TaskCore(rec, coro, explicit, opts.line ?? coro.line);
    callSoon(() => core.firstStep());
    return core;
  }
  if (futureOf(aw) !== undefined) throw new TypeErrorCtor('a coroutine was expected, got ' + describeKind(aw));
  const started = taskOf(aw);
  if (started !== undefined && !(started.aio instanceof TaskCore && started.aio.rec === started)) {
    // An async call made earlier: it already runs; the task adopts it rather than starting again.
    if (explicit) renameTask(started, opts.name!);
    const before = started.aio;
    const core = new TaskCore(started, null, explicit, opts.line ?? 0);
    core.started = true;
    // Its current wait (made while it ran inline in `before`) is now this task's.
    if (started.waitingOn !== undefined) core.awaitingRec = started;
    const waited = started.waitingOn === undefined ? undefined : futureOf(started.waitingOn);
    if (waited !== undefined && !waited.done()) {
      core.futWaiter = waited;
      if (before instanceof TaskCore && before.futWaiter === waited) before.futWaiter = null;
    }
    if (started.state !== 'pending') callSoon(() => completeFromRec(core));
    return core;
  }
  const rec = createRec(explicit ? opts.name! : 'Task-' + ++anonymousTasks, parent, true);
  const core = new TaskCore(rec, null, explicit, opts.line ?? 0);
  core.awaitable = aw;
  callSoon(() => core.firstStep());
  return core;
}

function describeKind(aw: unknown): string {
  const f = futureOf(aw);
  return f instanceof TaskCore ? 'Task' : 'Future';
}

function completeFromRec(core: TaskCore): void {
  const rec = core.rec;
  if (core.done()) return;
  if (rec.state === 'fulfilled') core.setResult(rec.value);
  else if (rec.state === 'cancelled') core.cancelFuture();
  else core.setException(rec.value);
}

/** ensure_future: futures and tasks pass through; coroutines and awaitables get a task. */
export function ensureFuture(aw: unknown, opts: NewTaskOptions = {}): Future {
  const f = futureOf(aw);
  return f !== undefined ? f : newTask(aw, opts);
}

/** The asyncio task running now (the driver of the running coroutine), if any. */
export function currentCore(): TaskCore | null {
  const rec = taskById(S.current);
  const core = rec === undefined ? null : rec.aio;
  return core instanceof TaskCore ? core : null;
}

/** Pending tasks in creation order. */
export function pendingCores(): TaskCore[] {
  const out = safeArray<TaskCore>();
  const kept = safeArray<TaskCore>();
  for (let i = 0; i < allCores.length; i++) {
    const c = allCores[i];
    if (!c.done()) { out[out.length] = c; kept[kept.length] = c; } else if (c.logTraceback) kept[kept.length] = c;
  }
  allCores = kept;
  return out;
}

/** Tasks that failed and whose exception nobody retrieved (for the end-of-run warning). */
export function unretrievedCores(): TaskCore[] {
  const out = safeArray<TaskCore>();
  for (let i = 0; i < allCores.length; i++) if (allCores[i].logTraceback) out[out.length] = allCores[i];
  return out;
}
