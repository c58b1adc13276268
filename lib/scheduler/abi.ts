// The contract between three parties: the instrumenter (host, rewrites user code), the scheduler
// (runs inside the isolate) and the sandbox host (drives the loop and reads trace events).
// Only strings cross the isolate boundary; every shape here is JSON.

/**
 * Globals the host defines before it calls CONFIGURE_GLOBAL (below). The scheduler reads them,
 * captures them in its closure and deletes them, so user code never sees them.
 * - HOST_EMIT_GLOBAL: a function(chunk: string) the scheduler calls to flush buffered events
 *   mid-step (JSON text of TraceEvent[]), so a run killed for memory keeps what it recorded.
 * - CONFIG_GLOBAL: JSON text of SchedulerConfig.
 */
export const HOST_EMIT_GLOBAL = '__tl_emit';
/**
 * Global the web-globals bundle (lib/scheduler/web/entry.ts) defines in the snapshot: { globals,
 * setRunHooks }. The scheduler takes it and deletes it before user code runs.
 */
export const WEB_GLOBAL = '__tl_web';
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
/**
 * CONFIGURE_GLOBAL: () => void. The scheduler is installed once, in the startup snapshot every
 * isolate is made from; this late step gives it one run's HOST_EMIT_GLOBAL and CONFIG_GLOBAL (it
 * reads and deletes them) and finishes what a snapshot cannot hold. The host takes a reference,
 * deletes the global and calls it once, before user code.
 */
export const CONFIGURE_GLOBAL = '__tl_configure';
export const BOOT_GLOBAL = '__tl_boot';

/** User code may not declare or reference identifiers starting with this (compile error). */
export const RESERVED_PREFIX = '__tl';
/** Parameter carrying the hooks object inside the instrumented program. */
export const HOOKS_PARAM = '__tl';
/** Parameter/local carrying the current task id inside every instrumented async body. */
export const TASK_PARAM = '__tl_t';
// (Also reserved: `__tl_a`, the outer function's rest parameter, and `__tl_src`, see below.)

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
 * - `async function f(a, b = g()) { body }`  becomes the hoisted
 *   `var f = __tl.fn({ "f"(...__tl_a) { return __tl.task("f", async (a, b = g()) => {
 *      const __tl_t = __tl.current(); try { body } finally { __tl.exit(__tl_t) } }, __tl_a) } }["f"],
 *      1, <start>, <end>, __tl_src);`
 *   (`let` inside blocks). The parameters sit on the native async arrow, so a failing default
 *   rejects; the outer method has no prototype and no [[Construct]]; `__tl.fn` gives it
 *   AsyncFunction.prototype, the spec's length and its source range for toString(). Expressions
 *   are the same `__tl.fn(…)` in place; async arrows stay arrows: `{ "f": (...__tl_a) => … }["f"]`;
 *   async methods keep their place (`m(...__tl_a) { return __tl.task(…) }`) and the object
 *   literal is wrapped in `__tl.methods(obj, ["m", 0, start, end], __tl_src)`, while a class gets a
 *   first `static { __tl.methods(this.prototype, …); __tl.methods(this, …); __tl.source(this, …) }`.
 *   The task name is the function's own, else the binding or property it is assigned to, else
 *   "anonymous". `function __tl_src() { return "<the user's source>"; }` ends the program when used.
 * - Top-level `this` becomes `void 0` (Node runs a program as an ES module).
 *   Async generators are not tasks; awaits inside them use `__tl.current()` as the task id.
 * - `await X` becomes `__tl.resumed(__tl_t, await __tl.awaiting(__tl_t, X, "<X source text, ≤ 40 chars>", <line>))`.
 * - `new Promise(args)` becomes `__tl.newPromise(Promise, args)` (console prints promise states).
 * - `new X(args)` (X an identifier other than Promise and the builtins that are never one) becomes
 *   `(X === Promise ? __tl.newPromise(Promise, args) : new X(args))`; in a class written
 *   `extends Promise`, `super(ex, …)` becomes `__tl.promises.made(super(__tl.promises.executor(ex), …))`
 *   (`super(...xs)`: `super(...__tl.promises.args(xs))`; a missing constructor is written out); in a
 *   class whose base is only known when it runs (`extends P`, not a builtin that never is one), it
 *   gets `static #__tl_p;` and `super(…)` becomes `(__tl.promises.direct(new.target, (c) => #__tl_p in c)
 *   ? <the same> : super(…))`, or as a statement of the constructor `super(...__tl.promises.superArgs(new.target,
 *   (c) => #__tl_p in c, [args])); __tl.promises.made(this);` (transpile/promise-subclass.ts); and
 *   `Reflect.construct(…)` becomes `__tl.promises.construct(Reflect, …)` (promise-construct.ts).
 * - `return X` in an async function's body becomes `return __tl.returning(__tl_t, X)` (X is not a
 *   literal or an await).
 * - The first statement of every catch and finally block inside an async body is
 *   `__tl.resumed(__tl_t);`, and so is the first statement of a `for await` loop body.
 */
export interface Hooks {
  /**
   * Starts a task running fn synchronously inside it; returns fn's promise unchanged. fn is called
   * with `args` when given (an instrumented async body), else with the task id.
   */
  task(name: string, fn: (...args: any[]) => Promise<unknown>, args?: ArrayLike<unknown>): Promise<unknown>;
  /** Gives an instrumented async function AsyncFunction's prototype, its length and source range; returns fn. */
  fn<T>(fn: T, length: number, start: number, end: number, source: () => string): T;
  /** The same for holder's own async methods, listed as [key, length, start, end, …]; returns holder. */
  methods<T>(holder: T, entries: unknown[], source: () => string): T;
  /** Records the source range of a class the instrumenter added a static block to. */
  source(target: unknown, start: number, end: number, source: () => string): void;
  /** The task's body has finished (returned or threw); it is no longer running. */
  exit(taskId: number): void;
  /**
   * The task is about to await value; records a waiting span. Returns value, or for a thenable a
   * stand-in that await treats the same way but whose `then` runs as this task (thenables.ts).
   */
  awaiting<T>(taskId: number, value: T, text: string, line: number): T;
  /** The task resumed after an await; records a running span. Returns value unchanged. */
  resumed<T>(taskId: number, value?: T): T;
  /** The task whose code is running now. */
  current(): number;
  /** The object an import of "taskline" or "asyncio" yields. */
  module(name: ModuleName): Record<string, unknown>;
  /**
   * A coroutine object: fn.apply(thisArg, args), called only when an asyncio task first runs it.
   * The instrumenter emits it for a call written directly as an argument of createTask,
   * ensureFuture, gather, waitFor, shield, run or asCompleted (name: the callee's, line: the call's).
   */
  lazy(fn: unknown, args: unknown[], thisArg: unknown, name: string, line: number): object;
  /**
   * Registers a classroom test harness (the last statement of a harness program, see
   * lib/runner/transpile/harness-program.ts). It runs as its own phase once the program has
   * finished: a new root task HARNESS_TASK_NAME, called with (taskId, assert, expect).
   */
  harness(fn: HarnessFn): void;
  /** `new Promise(...args)` written in the program, as `new C(...args)`; notes the outcome for console output. */
  newPromise(C: unknown, ...args: unknown[]): unknown;
  /** An async function returns value: a thenable's `then` will run as this task (thenables.ts). */
  returning<T>(taskId: number, value: T): T;
  /** Promises made by a Promise subclass or Reflect.construct get state records (promise-construct.ts). */
  promises: {
    executor(ex: unknown): unknown;
    made<T>(p: T): T;
    args(list: Iterable<unknown>): unknown[];
    construct(reflect: { construct: Function }, ...args: unknown[]): unknown;
    direct(newTarget: unknown, isMine: (c: object) => boolean): boolean;
    superArgs(newTarget: unknown, isMine: (c: object) => boolean, list: unknown[]): Iterable<unknown>;
  };
}

export type HarnessFn = (taskId: number, assert: unknown, expect: unknown) => Promise<unknown>;

/**
 * A comment the instrumenter puts in every function of a harness program, so the scheduler's
 * Function.prototype.toString can refuse to show harness source to student code.
 */
export const HARNESS_MARK = '__tl_harness_source';

/** What a harness function's source reads as to any code that asks (async-look.ts's toString). */
export const HIDDEN_HARNESS_SOURCE = 'function () { [harness code] }';

/** Name of the task that runs a classroom test harness. */
export const HARNESS_TASK_NAME = 'harness';

/**
 * "taskline": the globals object { sleep, blockFor, asyncio, Task, CancelledError, TimeoutError,
 *   setTimeout, …}; its default export is the same object.
 * "asyncio": the asyncio namespace { run, sleep (seconds), createTask, gather, waitFor, Queue, … };
 *   its default export is the same namespace.
 * "timers/promises": Node's node:timers/promises on the virtual clock { setTimeout, setImmediate,
 *   setInterval, scheduler } (also imported as "timers/promises").
 * "events": { once } of node:events (also imported as "events").
 */
export type ModuleName = 'taskline' | 'asyncio' | 'timers/promises' | 'events';

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
  /** Present only when exploring or replaying a schedule (lib/scheduler/choices.ts). */
  choices?: ChooserConfig;
}

/** How the chooser decides at each choice point (docs/explore.md). */
export interface ChooserConfig {
  /** Option index at each choice point with more than one option, in order; then the default. */
  schedule: number[];
  /** Past the schedule: 0 takes the default (option 0); any other value seeds a random walk. */
  walkSeed: number;
  /**
   * With walkSeed: 0 walks uniformly at random; n > 0 walks PCT-style (random task priorities, the
   * highest-priority option runs, except at one random change point among the first n choices).
   */
  pctDepth?: number;
  /** Latency jitter: a timer's delay d may be anything in [d·(1−jitter), d·(1+jitter)]. */
  jitter: number;
  /** Record each point's time and the task of each option (for the timeline). */
  detail: boolean;
  /**
   * The explorer's mode: record only what outcome grouping reads (stdout 'log' events and 'end'),
   * kept inside the isolate (no HOST_EMIT_GLOBAL calls) until the host calls DRAIN_GLOBAL.
   */
  collect?: boolean;
}

/** DRAIN_GLOBAL: () => string; with `collect`, the events of every chunk so far, comma-joined (then cleared). */
export const DRAIN_GLOBAL = '__tl_drain';

/**
 * CHOICES_GLOBAL: () => string, defined by the scheduler bundle; the host takes a reference and
 * deletes the global before user code runs. After the run it returns JSON
 * { n: number[] (options per choice point), c: number[] (index taken), p: [t, taken, taskIds[]][] }.
 */
export const CHOICES_GLOBAL = '__tl_choices';

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
 * - harness: the program has finished and a classroom test harness starts its phase at t.
 * - end:    the run is over (always the last event the scheduler emits); exitCode only when
 *           process.exit(code) ended it.
 */
export type TraceEvent =
  | ['task', id: number, name: string, parentId: number | null, t: number]
  | ['state', id: number, t: number, kind: StateKind, detail: string]
  | ['settle', id: number, t: number, state: 'fulfilled' | 'rejected' | 'cancelled']
  | ['log', t: number, stream: 'stdout' | 'stderr', text: string, taskId: number | null]
  | ['warn', kind: WarnKind, message: string, taskId: number | null]
  | ['harness', t: number]
  | ['end', status: EndStatus, virtualMs: number, error: ThrownError | null, exitCode?: number];

export type WarnKind =
  | 'cancelled-at-shutdown' | 'unhandled-rejection' | 'never-awaited' | 'deadlock' | 'truncated' | 'limit'
  | 'order-not-guaranteed';

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
