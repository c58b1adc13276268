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

/**
 * A scheduled task, as returned by asyncio.createTask(). Awaitable: `await task` gives its result.
 * Create one with asyncio.createTask(); the constructor is not public.
 */
declare class Task<T = unknown> implements PromiseLike<T> {
  private constructor();
  /** The task's name (the async function's name unless createTask was given one). */
  name: string;
  getName(): string;
  setName(name: string): void;
  /** True once the task finished: returned, threw or was cancelled. */
  done(): boolean;
  /** True if the task ended because it was cancelled. */
  cancelled(): boolean;
  /**
   * Requests cancellation: a CancelledError is thrown into the task at its current await
   * (a sleep or asyncio wait is cut short). Returns false if the task is already done.
   */
  cancel(): boolean;
  /** The task's return value. Throws its error, CancelledError, or InvalidStateError if not done. */
  result(): T;
  /** The error the task failed with, or null. Throws if the task is not done or was cancelled. */
  exception(): unknown;
  then<A = T, B = never>(
    onfulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: any) => B | PromiseLike<B>) | null,
  ): Promise<A | B>;
  catch<B = never>(onrejected?: ((reason: any) => B | PromiseLike<B>) | null): Promise<T | B>;
}

// Aliases so the asyncio namespace can re-export the global classes under the same names.
type TasklineTask<T> = Task<T>;
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
  /** An async function call, a promise or a Task. */
  type Awaitable<T> = PromiseLike<T>;

  /**
   * Runs `main` (a promise/Task, or an async function to call) as the program's main task.
   * When main settles the run ends, like Python: tasks still pending are cancelled and reported.
   */
  function run<T>(main: Awaitable<T> | (() => Awaitable<T>)): Promise<T>;
  /** Waits `seconds` of virtual time, then resolves with `value`. */
  function sleep(seconds: number): Promise<void>;
  function sleep<T>(seconds: number, value: T): Promise<T>;
  /**
   * Wraps an awaitable in a Task so it runs concurrently. Passing an async call
   * (`createTask(callApi())`) adopts the task that call started; `name` renames it.
   */
  function createTask<T>(awaitable: Awaitable<T> | (() => Awaitable<T>), options?: { name?: string }): Task<T>;
  /** Alias of createTask. */
  function ensureFuture<T>(awaitable: Awaitable<T> | (() => Awaitable<T>), options?: { name?: string }): Task<T>;
  /** Waits for all awaitables; results come in argument order. Rejects with the first error. */
  function gather<T extends readonly unknown[]>(...awaitables: { [K in keyof T]: Awaitable<T[K]> }): Promise<T>;
  /**
   * Waits for `awaitable` at most `seconds` (null: no limit). On timeout it cancels the
   * awaitable and rejects with TimeoutError.
   */
  function waitFor<T>(awaitable: Awaitable<T>, seconds: number | null): Promise<T>;

  /** A FIFO queue for producer/consumer tasks. maxsize <= 0 means unbounded. */
  class Queue<T = unknown> {
    constructor(maxsize?: number);
    readonly maxsize: number;
    /** Waits while the queue is full, then adds the item. */
    put(item: T): Promise<void>;
    /** Waits until an item is available and removes it. */
    get(): Promise<T>;
    /** Adds an item now; throws QueueFull if the queue is full. */
    putNowait(item: T): void;
    /** Removes an item now; throws QueueEmpty if there is none. */
    getNowait(): T;
    qsize(): number;
    empty(): boolean;
    full(): boolean;
    /** Marks one item taken with get() as processed (see join). */
    taskDone(): void;
    /** Waits until every item put in the queue has been marked done with taskDone(). */
    join(): Promise<void>;
  }
  class QueueEmpty extends Error {}
  class QueueFull extends Error {}

  /** Allows at most `value` holders at once; acquire() waits for a free slot. */
  class Semaphore {
    constructor(value?: number);
    acquire(): Promise<boolean>;
    release(): void;
    /** True when no slot is free. */
    locked(): boolean;
  }

  /** A flag tasks can wait on: wait() resolves once set() is called. */
  class Event {
    set(): void;
    clear(): void;
    isSet(): boolean;
    wait(): Promise<boolean>;
  }

  /** Mutual exclusion: one holder at a time, waiters served in order. */
  class Lock {
    acquire(): Promise<boolean>;
    release(): void;
    locked(): boolean;
  }

  type Task<T = unknown> = TasklineTask<T>;
  const Task: TasklineTaskClass;
  const CancelledError: TasklineCancelledErrorClass;
  const TimeoutError: TasklineTimeoutErrorClass;
  /** Raised by Task.result()/exception() on a task that has not finished. */
  class InvalidStateError extends Error {}
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
  /** `using i = setImmediate(…)` clears it at the end of the block. */
  [Symbol.dispose](): void;
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
