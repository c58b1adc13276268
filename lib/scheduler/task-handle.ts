// asyncio.Task: the awaitable handle createTask returns. It wraps a task record (adopting the
// task an async call already started, so there is one lane per task, not two).
import { ErrorCtor, PromiseCtor, ReflectApply, WeakMapPrototypeSet } from './intrinsics.ts';
import { handles, observe, whenSettled } from './promises.ts';
import { S } from './state.ts';
import { type TaskRec, renameTask } from './tasks.ts';
import { cancelTask } from './hooks.ts';
import { CancelledError, InvalidStateError, isCancelledError } from './errors.ts';

const TOKEN = {};

export class Task<T = unknown> implements PromiseLike<T> {
  #rec: TaskRec;
  constructor(token: unknown, rec: TaskRec) {
    if (token !== TOKEN) throw new ErrorCtor('Use asyncio.createTask() to create a Task');
    this.#rec = rec;
  }
  get name(): string { return this.#rec.name; }
  set name(v: string) { renameTask(this.#rec, '' + v); }
  getName(): string { return this.#rec.name; }
  setName(v: string): void { renameTask(this.#rec, '' + v); }
  done(): boolean { return this.#rec.state !== 'pending'; }
  cancelled(): boolean { return this.#rec.state === 'cancelled'; }
  /** Requests cancellation: the task gets a CancelledError at its current (or next) await. */
  cancel(): boolean { return cancelTask(this.#rec); }
  result(): T {
    const rec = this.#rec;
    if (rec.state === 'pending') throw new InvalidStateError('Result is not set.');
    if (rec.state === 'fulfilled') return rec.value as T;
    if (rec.state === 'cancelled') throw isCancelledError(rec.value) ? rec.value : new CancelledError();
    throw rec.value;
  }
  exception(): unknown {
    const rec = this.#rec;
    if (rec.state === 'pending') throw new InvalidStateError('Exception is not set.');
    if (rec.state === 'cancelled') throw new CancelledError();
    return rec.state === 'rejected' ? rec.value : null;
  }
  /** Like the task promise's then, run as the registering task, without reading Promise's species. */
  then<A = T, B = never>(onFulfilled?: ((v: T) => A | PromiseLike<A>) | null,
    onRejected?: ((e: any) => B | PromiseLike<B>) | null): Promise<A | B> {
    // Brand check first, outside the executor: called on a Proxy or any non-Task, then throws a
    // TypeError synchronously, as a native promise's then does, so `await proxy` rejects where the
    // program can catch it. Inside the executor the throw became a rejected promise that nobody
    // handled, and the await hung while the run died of an unhandled rejection.
    const rec = this.#rec;
    observe(this);
    const owner = S.current;
    return new PromiseCtor<A | B>((resolve, reject) => {
      const settleWith = (fn: unknown, v: unknown, fallback: (v: any) => void) => {
        if (typeof fn !== 'function') return fallback(v);
        const prev = S.current;
        S.current = owner;
        try { resolve(ReflectApply(fn, undefined, [v])); } catch (e) { reject(e); } finally { S.current = prev; }
      };
      whenSettled(rec.promise, (v) => settleWith(onFulfilled, v, resolve), (e) => settleWith(onRejected, e, reject));
    });
  }
  catch<B = never>(onRejected?: ((e: any) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.then(undefined, onRejected);
  }
  get [Symbol.toStringTag]() { return 'Task'; }
}

/** The one handle of a task (created on first use). */
export function handleOf(rec: TaskRec): Task<unknown> {
  if (rec.handle === null) {
    const h = new Task(TOKEN, rec);
    rec.handle = h;
    WeakMapPrototypeSet(handles, h, rec);
  }
  return rec.handle as Task<unknown>;
}
