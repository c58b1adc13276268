// Ambient declarations of everything the Taskline sandbox adds to the global scope, plus the
// "taskline" and "asyncio" modules. The playground's Monaco editor loads this file for
// IntelliSense; setTimeout, console, Date, performance… come from TypeScript's own lib.

/**
 * Waits `ms` milliseconds of virtual time, then resolves with `value`.
 * @example await sleep(1000); // one virtual second, instantly in real time
 */
declare function sleep(ms: number): Promise<void>;
declare function sleep<T>(ms: number, value: T): Promise<T>;

/**
 * Simulates CPU-bound work: advances the virtual clock by `ms` right away while blocking every
 * task (nothing else runs meanwhile). The timeline shows it as a "blocking" span.
 */
declare function blockFor(ms: number): void;

/** Raised inside a task when it is cancelled (Task.cancel(), waitFor timeout, asyncio.run shutdown). */
declare class CancelledError extends Error {
  constructor(message?: string);
}

/** Raised by asyncio.waitFor when the awaited operation takes longer than the timeout. */
declare class TimeoutError extends Error {
  constructor(message?: string);
}

/** An asyncio future: a result set once, awaitable. `new asyncio.Future()` is loop.create_future(). */
declare class TasklineFuture<T = unknown> implements PromiseLike<T> {
  constructor();
  /** True once it has a result, an exception, or was cancelled. */
  done(): boolean;
  cancelled(): boolean;
  /** Cancels it (callbacks run, awaiters get CancelledError). False if already done. */
  cancel(msg?: string): boolean;
  /** The result. Throws its exception, CancelledError, or InvalidStateError if not done. */
  result(): T;
  /** The exception it failed with, or null. Throws if not done or cancelled. */
  exception(): unknown;
  setResult(value: T): void;
  setException(error: unknown): void;
  /** fn(future) runs in the loop round after it completes (call_soon), as in Python. */
  addDoneCallback(fn: (future: this) => void): void;
  removeDoneCallback(fn: (future: this) => void): number;
  then<A = T, B = never>(
    onfulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: any) => B | PromiseLike<B>) | null,
  ): Promise<A | B>;
  catch<B = never>(onrejected?: ((reason: any) => B | PromiseLike<B>) | null): Promise<T | B>;
}

/**
 * A scheduled task, as returned by asyncio.createTask(): it starts on the loop's next round.
 * Awaitable: `await task` gives its result. The constructor is not public.
 */
declare class Task<T = unknown> extends TasklineFuture<T> {
  private constructor();
  /** The timeline lane's name (the async function's name unless createTask was given one). */
  name: string;
  /** Python's name: the one given to createTask, else "Task-N". */
  getName(): string;
  setName(name: string): void;
  /**
   * Requests cancellation: a CancelledError is raised in the task at its current await (the
   * awaited future is cancelled), or before it ever runs. False if the task is already done.
   */
  cancel(msg?: string): boolean;
  /** Pending cancellation requests (Python 3.11). */
  cancelling(): number;
  /** Takes back one cancellation request; returns how many remain. */
  uncancel(): number;
}

// Aliases so the asyncio namespace can re-export the global classes under the same names.
type TasklineTask<T> = Task<T>;
type TasklineFutureAlias<T> = TasklineFuture<T>;
type TasklineTaskClass = typeof Task;
type TasklineCancelledErrorClass = typeof CancelledError;
type TasklineTimeoutErrorClass = typeof TimeoutError;

/** Python's asyncio on Taskline's virtual clock. Times are in SECONDS. */
/** Thrown by assert() and expect() when an assertion fails (classroom test harnesses). */
declare class AssertionError extends Error {
  constructor(message?: string);
}

/** Throws an AssertionError with `message` unless `condition` is truthy. */
declare function assert(condition: unknown, message?: string): asserts condition;

interface TasklineMatchers {
  /** Same value (Object.is). */
  toBe(expected: unknown): void;
  /** Same structure: own enumerable keys compared recursively. */
  toEqual(expected: unknown): void;
  toBeLessThan(expected: number): void;
  toBeLessThanOrEqual(expected: number): void;
  toBeGreaterThan(expected: number): void;
  toBeGreaterThanOrEqual(expected: number): void;
  toBeTruthy(): void;
  toBeFalsy(): void;
  /** A substring of a string, or an element of an array. */
  toContain(expected: unknown): void;
}

/** Jest-style assertions for test harnesses: `expect(await total()).toBe(700)`. */
declare function expect(actual: unknown): TasklineMatchers & { not: TasklineMatchers };

declare namespace asyncio {
  /** A coroutine call, a Task, a Future or any promise. */
  type Awaitable<T> = PromiseLike<T>;
  type Future<T = unknown> = TasklineFutureAlias<T>;
  const Future: typeof TasklineFuture;
  type Task<T = unknown> = TasklineTask<T>;
  const Task: TasklineTaskClass;

  /**
   * Runs main as the first task of a new loop and returns its result; then cancels the tasks
   * still pending and waits for their cleanup, as Python does. A top-level `asyncio.run(main());`
   * blocks the code after it. Calling it inside a running loop throws.
   */
  function run<T>(main: Awaitable<T> | (() => Awaitable<T>)): Promise<T>;
  /** Waits `seconds` of virtual time; sleep(0) gives every other ready task one step. */
  function sleep(seconds: number): Promise<void>;
  function sleep<T>(seconds: number, result: T): Promise<T>;
  /** Schedules the coroutine as a Task: it starts on the loop's next round. */
  function createTask<T>(coro: Awaitable<T>, options?: { name?: string }): Task<T>;
  /** A Task for a coroutine; a Task or Future is returned as is. */
  function ensureFuture<T>(awaitable: Awaitable<T>): Future<T>;
  /**
   * Runs the awaitables concurrently; results in argument order. The first error rejects it
   * unless the last argument is `{ returnExceptions: true }` (errors are then results).
   */
  function gather<T extends readonly unknown[]>(...awaitables: { [K in keyof T]: Awaitable<T[K]> }): Future<T>;
  function gather<T extends readonly unknown[]>(
    ...args: [...{ [K in keyof T]: Awaitable<T[K]> }, { returnExceptions?: boolean }]
  ): Future<{ [K in keyof T]: T[K] | Error }>;
  /** Protects the awaitable from the caller's cancellation. */
  function shield<T>(awaitable: Awaitable<T>): Future<T>;
  /**
   * Waits at most `seconds` (null: no limit). On timeout it cancels the awaitable, waits for its
   * cleanup and throws TimeoutError (or returns its value if it swallowed the cancellation).
   */
  function waitFor<T>(awaitable: Awaitable<T>, seconds: number | null): Promise<T>;
  const FIRST_COMPLETED: 'FIRST_COMPLETED';
  const FIRST_EXCEPTION: 'FIRST_EXCEPTION';
  const ALL_COMPLETED: 'ALL_COMPLETED';
  /** Waits for Tasks/Futures until returnWhen or the timeout; returns [done, pending]. */
  function wait<F extends Future<any>>(
    futures: Iterable<F>,
    options?: { timeout?: number | null; returnWhen?: 'FIRST_COMPLETED' | 'FIRST_EXCEPTION' | 'ALL_COMPLETED' },
  ): Promise<[Set<F>, Set<F>]>;
  /** Awaitables in completion order: `for (const next of asCompleted(fs)) await next`. */
  function asCompleted<T>(awaitables: Iterable<Awaitable<T>>, options?: { timeout?: number | null }): Promise<T>[];
  /** A deadline for a block (`async with asyncio.timeout(s)`): CancelledError becomes TimeoutError. */
  class Timeout {
    when(): number | null;
    reschedule(when: number | null): void;
    expired(): boolean;
  }
  /** Runs body with a deadline `seconds` from now (null: none); the callback form of `async with`. */
  function timeout<T>(seconds: number | null, body: (cm: Timeout) => T | PromiseLike<T>): Promise<T>;
  /** Like timeout, with an absolute deadline on getRunningLoop().time(). */
  function timeoutAt<T>(when: number | null, body: (cm: Timeout) => T | PromiseLike<T>): Promise<T>;
  /** Tasks that end together: the first failure cancels the others; failures come as an ExceptionGroup. */
  class TaskGroup {
    createTask<T>(coro: Awaitable<T>, options?: { name?: string }): Task<T>;
    /** The callback form of `async with tg:`, waiting for every task of the group. */
    run<T>(body: (tg: TaskGroup) => T | PromiseLike<T>): Promise<T>;
  }
  /** `async with asyncio.TaskGroup() as tg:` as a callback. */
  function taskGroup<T>(body: (tg: TaskGroup) => T | PromiseLike<T>): Promise<T>;
  class ExceptionGroup extends Error {
    readonly exceptions: readonly unknown[];
  }
  /** The running task, or null outside tasks. */
  function currentTask(): Task<unknown> | null;
  /** Every task not yet done. */
  function allTasks(): Set<Task<unknown>>;
  /** The loop: time() is the virtual clock in seconds. */
  function getRunningLoop(): { time(): number };

  /** A FIFO queue for producer/consumer tasks. maxsize <= 0 means unbounded. */
  class Queue<T = unknown> {
    constructor(maxsize?: number);
    readonly maxsize: number;
    put(item: T): Promise<void>;
    get(): Promise<T>;
    /** Adds now (throws QueueFull); wakes the first getter, which takes the item when it runs. */
    putNowait(item: T): void;
    /** Removes now; throws QueueEmpty. */
    getNowait(): T;
    qsize(): number;
    empty(): boolean;
    full(): boolean;
    taskDone(): void;
    /** Waits until every item put has been marked done with taskDone(). */
    join(): Promise<void>;
  }
  class QueueEmpty extends Error {}
  class QueueFull extends Error {}
  /** One holder at a time; a free lock is taken without suspending. */
  class Lock {
    acquire(): Promise<boolean>;
    /** Frees the lock and wakes the first waiter, which takes it when it runs. */
    release(): void;
    locked(): boolean;
  }
  class Event {
    set(): void;
    clear(): void;
    isSet(): boolean;
    wait(): Promise<boolean>;
  }
  /** wait() releases the lock until notify(); the lock must be held around wait/notify. */
  class Condition {
    constructor(lock?: Lock);
    acquire(): Promise<boolean>;
    release(): void;
    locked(): boolean;
    wait(): Promise<boolean>;
    waitFor<T>(predicate: () => T): Promise<T>;
    notify(n?: number): void;
    notifyAll(): void;
  }
  /** At most `value` holders at once. */
  class Semaphore {
    constructor(value?: number);
    acquire(): Promise<boolean>;
    release(): void;
    locked(): boolean;
  }
  /** A Semaphore whose release() past the initial value throws ValueError. */
  class BoundedSemaphore extends Semaphore {}
  /** `parties` tasks meet: wait() gives each its arrival index once all have arrived. */
  class Barrier {
    constructor(parties: number);
    wait(): Promise<number>;
    reset(): Promise<void>;
    abort(): Promise<void>;
    readonly parties: number;
    readonly nWaiting: number;
    readonly broken: boolean;
  }
  class BrokenBarrierError extends Error {}
  const CancelledError: TasklineCancelledErrorClass;
  const TimeoutError: TasklineTimeoutErrorClass;
  type CancelledError = InstanceType<TasklineCancelledErrorClass>;
  type TimeoutError = InstanceType<TasklineTimeoutErrorClass>;
  class InvalidStateError extends Error {}
  class RuntimeError extends Error {}
  class ValueError extends Error {}
}

declare module 'asyncio' {
  export = asyncio;
}

declare module 'taskline' {
  const taskline: {
    sleep: typeof sleep;
    blockFor: typeof blockFor;
    asyncio: typeof asyncio;
    Task: typeof Task;
    CancelledError: typeof CancelledError;
    TimeoutError: typeof TimeoutError;
    setTimeout: typeof setTimeout;
    setInterval: typeof setInterval;
    clearTimeout: typeof clearTimeout;
    clearInterval: typeof clearInterval;
    queueMicrotask: typeof queueMicrotask;
  };
  export = taskline;
}

// ---- Node's event-loop globals (issue 11): setImmediate, process, Node's module subset ----

/** What setImmediate returns (Node's Immediate). */
interface Immediate {
  ref(): this;
  /** An unref'd immediate does not keep the run alive. */
  unref(): this;
  hasRef(): boolean;
}
/** Runs `callback` in the check phase: after expired timers, before the clock moves on. */
declare function setImmediate<A extends any[]>(callback: (...args: A) => void, ...args: A): Immediate;
declare function clearImmediate(immediate: Immediate | undefined): void;

/**
 * Node's `process`, reduced to what a program on the virtual clock can use. Anything else
 * (stdout, on, cwd…) is absent and says what to use instead.
 */
declare const process: {
  /** Queues callback before promise jobs: it runs when the current macrotask (or main module's jobs) is done. */
  nextTick<A extends any[]>(callback: (...args: A) => void, ...args: A): void;
  /** Virtual [seconds, nanoseconds]; with a previous value, the time since it. */
  hrtime: ((time?: [number, number]) => [number, number]) & { bigint(): bigint };
  /** Ends the run now with this exit code: status ok for 0, error otherwise. */
  exit(code?: number | string | null): never;
  readonly argv: string[];
  readonly env: Record<string, string | undefined>;
};

// ---- Web-platform globals (the sandbox is bare V8: Taskline provides these) ----

declare function structuredClone<T>(value: T, options?: { transfer?: any[] }): T;
declare function atob(data: string): string;
declare function btoa(data: string): string;

declare class TextEncoder {
  readonly encoding: 'utf-8';
  encode(input?: string): Uint8Array;
  encodeInto(source: string, destination: Uint8Array): { read: number; written: number };
}
declare class TextDecoder {
  constructor(label?: 'utf-8' | 'utf8', options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: 'utf-8';
  readonly fatal: boolean;
  readonly ignoreBOM: boolean;
  decode(input?: ArrayBuffer | ArrayBufferView, options?: { stream?: boolean }): string;
}

declare class URLSearchParams implements Iterable<[string, string]> {
  constructor(init?: string | Record<string, string> | Iterable<[string, string]>);
  readonly size: number;
  append(name: string, value: string): void;
  delete(name: string, value?: string): void;
  get(name: string): string | null;
  getAll(name: string): string[];
  has(name: string, value?: string): boolean;
  set(name: string, value: string): void;
  sort(): void;
  forEach(callback: (value: string, key: string, parent: URLSearchParams) => void): void;
  keys(): IterableIterator<string>;
  values(): IterableIterator<string>;
  entries(): IterableIterator<[string, string]>;
  [Symbol.iterator](): IterableIterator<[string, string]>;
  toString(): string;
}
declare class URL {
  constructor(url: string | URL, base?: string | URL);
  static canParse(url: string | URL, base?: string | URL): boolean;
  static parse(url: string | URL, base?: string | URL): URL | null;
  hash: string; host: string; hostname: string; href: string; password: string; pathname: string;
  port: string; protocol: string; search: string; username: string;
  readonly origin: string;
  readonly searchParams: URLSearchParams;
  toString(): string;
  toJSON(): string;
}

declare class DOMException extends Error {
  constructor(message?: string, name?: string);
  readonly code: number;
}

declare class Event {
  constructor(type: string, init?: { bubbles?: boolean; cancelable?: boolean; composed?: boolean });
  readonly type: string;
  readonly target: EventTarget | null;
  readonly currentTarget: EventTarget | null;
  readonly defaultPrevented: boolean;
  readonly cancelable: boolean;
  readonly timeStamp: number;
  preventDefault(): void;
  stopPropagation(): void;
  stopImmediatePropagation(): void;
}
declare class CustomEvent<T = any> extends Event {
  constructor(type: string, init?: { detail?: T; bubbles?: boolean; cancelable?: boolean; composed?: boolean });
  readonly detail: T;
}
type TasklineListener = ((event: Event) => void) | { handleEvent(event: Event): void };
declare class EventTarget {
  addEventListener(type: string, listener: TasklineListener | null, options?: boolean | { once?: boolean; signal?: AbortSignal }): void;
  removeEventListener(type: string, listener: TasklineListener | null): void;
  dispatchEvent(event: Event): boolean;
}
declare class AbortSignal extends EventTarget {
  private constructor();
  readonly aborted: boolean;
  readonly reason: any;
  onabort: ((event: Event) => void) | null;
  throwIfAborted(): void;
  static abort(reason?: any): AbortSignal;
  /** Aborts after `ms` virtual ms with a TimeoutError DOMException; does not keep the run alive. */
  static timeout(ms: number): AbortSignal;
  static any(signals: Iterable<AbortSignal>): AbortSignal;
}
declare class AbortController {
  readonly signal: AbortSignal;
  abort(reason?: any): void;
}

interface TasklinePerformanceEntry { name: string; entryType: 'mark' | 'measure'; startTime: number; duration: number; detail: any }
/** User Timing on the virtual clock, added to the host globals' `performance` (which has now()). */
interface TasklinePerformance {
  readonly timeOrigin: number;
  mark(name: string, options?: { startTime?: number; detail?: any }): TasklinePerformanceEntry;
  measure(name: string, start?: string | number | { start?: string | number; end?: string | number; detail?: any }, end?: string | number): TasklinePerformanceEntry;
  getEntries(): TasklinePerformanceEntry[];
  getEntriesByName(name: string, type?: 'mark' | 'measure'): TasklinePerformanceEntry[];
  getEntriesByType(type: 'mark' | 'measure'): TasklinePerformanceEntry[];
  clearMarks(name?: string): void;
  clearMeasures(name?: string): void;
  toJSON(): { timeOrigin: number };
}

// ---- Node modules Taskline serves (virtual): node:timers/promises, and once from node:events ----

declare module 'node:timers/promises' {
  interface TimerOptions { signal?: AbortSignal; ref?: boolean }
  /** Resolves with `value` after `delay` virtual ms (0 → 1 ms, as in Node). */
  export function setTimeout<T = void>(delay?: number, value?: T, options?: TimerOptions): Promise<T>;
  /** Resolves with `value` in the check phase. */
  export function setImmediate<T = void>(value?: T, options?: TimerOptions): Promise<T>;
  /** Yields `value` every `delay` virtual ms; break out of the loop to stop it. */
  export function setInterval<T = void>(delay?: number, value?: T, options?: TimerOptions): AsyncIterableIterator<T>;
  export const scheduler: { wait(delay: number, options?: TimerOptions): Promise<void>; yield(): Promise<void> };
}
declare module 'timers/promises' {
  export * from 'node:timers/promises';
}
declare module 'node:events' {
  /** Resolves with the event's arguments (an EventTarget's: [event]) the next time it fires. */
  export function once(emitter: EventTarget | { once(name: string, fn: (...args: any[]) => void): unknown }, name: string, options?: { signal?: AbortSignal }): Promise<any[]>;
}
declare module 'events' {
  export * from 'node:events';
}
