// The contract between three parties: the instrumenter (host, rewrites user code), the scheduler
// (runs inside the isolate) and the sandbox host (drives the loop and reads trace events).
// Only strings cross the isolate boundary; every shape here is JSON.

/**
 * Globals the host defines before it evaluates the scheduler bundle. The scheduler reads them,
 * captures them in its closure and deletes them, so user code never sees them.
 * - HOST_EMIT_GLOBAL: a function(chunk: string) the scheduler calls to flush buffered events
 *   mid-step (JSON text of TraceEvent[]), so a run killed for memory keeps what it recorded.
 * - CONFIG_GLOBAL: JSON text of SchedulerConfig.
 */
export const HOST_EMIT_GLOBAL = '__tl_emit';
export const CONFIG_GLOBAL = '__tl_config';

/**
 * Globals the scheduler bundle defines for the host.
 * - STEP_GLOBAL: () => string. The host takes a reference to it and deletes the global before
 *   user code runs. Each call runs at most ONE macrotask; isolated-vm drains microtasks when the
 *   call returns, so the next call starts with an empty microtask queue. Returns JSON text of
 *   StepReply. After a call threw, the host may call it once more with one argument, JSON text
 *   of ThrownError & { kind?: 'flush' }: kind 'flush' (after a timeout) only returns the events
 *   still buffered; otherwise the throw was an unhandled rejection and the run ends with it.
 * - BOOT_GLOBAL: (program: (hooks, scriptTaskId) => Promise<unknown>) => void. The instrumented
 *   program's only statement calls it. It deletes itself first, creates the script task and calls
 *   program(hooks, scriptTaskId) synchronously.
 */
export const STEP_GLOBAL = '__tl_step';
export const BOOT_GLOBAL = '__tl_boot';

/** User code may not declare or reference identifiers starting with this (compile error). */
export const RESERVED_PREFIX = '__tl';
/** Parameter carrying the hooks object inside the instrumented program. */
export const HOOKS_PARAM = '__tl';
/** Parameter/local carrying the current task id inside every instrumented async body. */
export const TASK_PARAM = '__tl_t';

/** Name of the task that runs the top level of the script. */
export const SCRIPT_TASK_NAME = 'script';

/**
 * The instrumented program, as the instrumenter emits it (a classic script, not a module):
 *
 *   __tl_boot(async (__tl, __tl_t) => { "use strict";
 *   ...user code, transformed...
 *   });
 *
 * The first line is the prefix alone, so user line N is script line N + 1 before source maps.
 * An arrow, so user code has no `arguments` through which it could reach the hooks object.
 *
 * Transformations (all inside that function):
 * - `import … from "taskline" | "asyncio"` becomes `const … = __tl.module("taskline")` (see
 *   ModuleName for what each module holds). Any other import, `import()`, or `export … from`
 *   is a compile error naming the line. `export` on declarations is dropped.
 * - `async function f(a) { body }`  becomes
 *   `function f(a) { return __tl.task("f", async (__tl_t) => { try { body } finally { __tl.exit(__tl_t) } }) }`
 *   and likewise for async arrows, async methods and async function expressions (the name is the
 *   function's own, else the binding or property it is assigned to, else "anonymous").
 *   Async generators are not tasks; awaits inside them use `__tl.current()` as the task id.
 * - `await X` becomes `__tl.resumed(__tl_t, await __tl.awaiting(__tl_t, X, "<X source text, ≤ 40 chars>", <line>))`.
 * - `new Promise(args)` becomes `__tl.newPromise(Promise, args)` (console prints promise states).
 * - The first statement of every catch and finally block inside an async body is
 *   `__tl.resumed(__tl_t);`, and so is the first statement of a `for await` loop body.
 */
export interface Hooks {
  /** Starts a task running fn(taskId) synchronously inside it; returns fn's promise unchanged. */
  task(name: string, fn: (taskId: number) => Promise<unknown>): Promise<unknown>;
  /** The task's body has finished (returned or threw); it is no longer running. */
  exit(taskId: number): void;
  /** The task is about to await value; records a waiting span. Returns value unchanged. */
  awaiting<T>(taskId: number, value: T, text: string, line: number): T;
  /** The task resumed after an await; records a running span. Returns value unchanged. */
  resumed<T>(taskId: number, value?: T): T;
  /** The task whose code is running now. */
  current(): number;
  /** The object an import of "taskline" or "asyncio" yields. */
  module(name: ModuleName): Record<string, unknown>;
  /** `new Promise(...args)` written in the program, as `new C(...args)`; notes the outcome for console output. */
  newPromise(C: unknown, ...args: unknown[]): unknown;
}

/**
 * "taskline": the globals object { sleep, blockFor, asyncio, Task, CancelledError, TimeoutError,
 *   setTimeout, …}; its default export is the same object.
 * "asyncio": the asyncio namespace { run, sleep (seconds), createTask, gather, waitFor, Queue, … };
 *   its default export is the same namespace.
 */
export type ModuleName = 'taskline' | 'asyncio';

export interface SchedulerConfig {
  /** Seed for Math.random (a fixed default keeps runs deterministic). */
  seed: number;
  /** What Date.now() returns at virtual time 0. */
  epochMs: number;
  /** Virtual time limit: a timer due later, or blockFor past it, ends the run with status "limit". */
  maxVirtualMs: number;
  /** After this many trace events the scheduler stops recording and emits one "truncated" warning. */
  maxEvents: number;
  /** After this many bytes of console text the scheduler drops output and emits one "truncated" warning. */
  maxConsoleBytes: number;
  /** Events buffered before a mid-step flush through HOST_EMIT_GLOBAL. */
  flushEvery: number;
}

/** A task is, from time t on, in this state (closing its previous span). */
export type StateKind = 'running' | 'waiting' | 'blocking';

/**
 * Trace events, as compact JSON arrays. Times are virtual ms.
 * - task:   a task was created. A later 'task' event with an id already seen renames that task
 *           (asyncio.createTask(call(), { name })); parentId and t repeat the original's.
 * - state:  from t the task is running / waiting (detail = what it awaits) / blocking (blockFor).
 * - settle: the task's promise settled (closes its open span).
 * - log:    a console line (text already formatted like Node's console).
 * - warn:   a warning.
 * - end:    the run is over (always the last event the scheduler emits).
 */
export type TraceEvent =
  | ['task', id: number, name: string, parentId: number | null, t: number]
  | ['state', id: number, t: number, kind: StateKind, detail: string]
  | ['settle', id: number, t: number, state: 'fulfilled' | 'rejected' | 'cancelled']
  | ['log', t: number, stream: 'stdout' | 'stderr', text: string, taskId: number | null]
  | ['warn', kind: WarnKind, message: string, taskId: number | null]
  | ['end', status: EndStatus, virtualMs: number, error: ThrownError | null];

export type WarnKind =
  | 'cancelled-at-shutdown' | 'unhandled-rejection' | 'never-awaited' | 'deadlock' | 'truncated' | 'limit';

/** Statuses the scheduler itself can decide; timeout/memory/crash/busy/compile-error are the host's. */
export type EndStatus = 'ok' | 'error' | 'deadlock' | 'limit';

/** An error as the scheduler saw it; the host maps `stack` positions back to the TypeScript source. */
export interface ThrownError {
  name: string;
  message: string;
  /** err.stack text, if any; positions in it are of the instrumented script. */
  stack: string;
}

/** What each step call returns: whether to call again, and events not yet flushed. */
export type StepReply = [more: boolean, events: TraceEvent[]];
