// Minimal declarations of the sandbox's built-ins, used only while lib/scheduler/builtins.d.ts
// (the runner's authoritative file) is missing, so the editor never flags sleep/asyncio as unknown.
export const FALLBACK_BUILTINS_DTS = `
declare function sleep<T = void>(ms: number, value?: T): Promise<T>;
declare function blockFor(ms: number): void;
declare class CancelledError extends Error {}
declare class TimeoutError extends Error {}
interface Task<T = unknown> extends PromiseLike<T> {
  readonly name: string;
  done(): boolean;
  cancel(): boolean;
  result(): T;
}
declare namespace asyncio {
  function run<T>(main: PromiseLike<T>): Promise<T>;
  function sleep<T = void>(seconds: number, value?: T): Promise<T>;
  function createTask<T>(awaitable: PromiseLike<T>, options?: { name?: string }): Task<T>;
  function gather<T extends readonly unknown[]>(...awaitables: T): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }>;
  function waitFor<T>(awaitable: PromiseLike<T>, seconds: number): Promise<T>;
  class Queue<T = any> { constructor(maxsize?: number); put(item: T): Promise<void>; get(): Promise<T>; qsize(): number; empty(): boolean; }
  class Semaphore { constructor(value?: number); acquire(): Promise<true>; release(): void; locked(): boolean; }
  class Event { set(): void; clear(): void; isSet(): boolean; wait(): Promise<true>; }
  class Lock { acquire(): Promise<true>; release(): void; locked(): boolean; }
  const CancelledError: typeof globalThis.CancelledError;
  const TimeoutError: typeof globalThis.TimeoutError;
}
`;
