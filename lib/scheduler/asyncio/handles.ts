// The objects the program holds: asyncio.Future and asyncio.Task (awaitable, with CPython's
// methods). Each wraps a core the program cannot reach; awaiting one suspends on that core.
import {
  ErrorCtor, PromisePrototypeThen, ReflectApply, StringCtor, WeakMapCtor, WeakMapPrototypeGet, WeakMapPrototypeSet, safeArray,
} from '../intrinsics.ts';
import { S } from '../state.ts';
import { renameTask } from '../tasks.ts';
import { handles } from '../promises.ts';
import { Future as FutureCore, futureOf, registerAwaitable } from './future.ts';
import { TaskCore } from './task.ts';

const TOKEN = {};

export class Future<T = unknown> implements PromiseLike<T> {
  #core: FutureCore;
  constructor(token?: unknown, core?: FutureCore) {
    // new asyncio.Future() makes a fresh future, as loop.create_future() does.
    this.#core = token === TOKEN && core !== undefined ? core : new FutureCore();
    registerAwaitable(this, this.#core);
  }
  done(): boolean { return this.#core.done(); }
  cancelled(): boolean { return this.#core.cancelled(); }
  cancel(msg?: unknown): boolean { return this.#core.cancel(msg); }
  result(): T { return this.#core.result() as T; }
  exception(): unknown { return this.#core.exception(); }
  setResult(v: T): void { this.#core.setResult(v); }
  setException(e: unknown): void { this.#core.setException(e); }
  addDoneCallback(fn: (f: this) => void): void {
    if (typeof fn !== 'function') throw new ErrorCtor('addDoneCallback() needs a function');
    const self = this;
    const wrapped = () => { ReflectApply(fn, undefined, [self]); };
    const list = callbacksOf(this);
    list[list.length] = [fn, wrapped];
    this.#core.addDoneCallback(wrapped);
  }
  removeDoneCallback(fn: unknown): number {
    const list = callbacksOf(this);
    const kept = safeArray<[unknown, () => void]>();
    let n = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i][0] === fn) n += this.#core.removeDoneCallback(list[i][1]);
      else kept[kept.length] = list[i];
    }
    WeakMapPrototypeSet(doneCallbacks, this, kept);
    return n;
  }
  /** then/catch for code outside asyncio (Promise.all, .then): settles when the future completes. */
  then<A = T, B = never>(onFulfilled?: ((v: T) => A | PromiseLike<A>) | null,
    onRejected?: ((e: any) => B | PromiseLike<B>) | null): Promise<A | B> {
    const owner = S.current;
    const wrap = (fn: unknown) => typeof fn !== 'function' ? undefined : (v: unknown) => {
      const prev = S.current;
      S.current = owner;
      try { return ReflectApply(fn, undefined, [v]); } finally { S.current = prev; }
    };
    return PromisePrototypeThen(this.#core.promise(), wrap(onFulfilled), wrap(onRejected)) as Promise<A | B>;
  }
  catch<B = never>(onRejected?: ((e: any) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.then(undefined, onRejected);
  }
  get [Symbol.toStringTag]() { return 'Future'; }
}

const doneCallbacks = new WeakMapCtor<object, [unknown, () => void][]>();
function callbacksOf(f: object): [unknown, () => void][] {
  let l = WeakMapPrototypeGet(doneCallbacks, f);
  if (l === undefined) { l = safeArray(); WeakMapPrototypeSet(doneCallbacks, f, l); }
  return l;
}

export class Task<T = unknown> extends Future<T> {
  #core: TaskCore;
  constructor(token: unknown, core: TaskCore) {
    if (token !== TOKEN) throw new ErrorCtor('Use asyncio.createTask() to create a Task');
    super(TOKEN, core);
    this.#core = core;
  }
  get name(): string { return this.#core.rec.name; }
  set name(v: string) { renameTask(this.#core.rec, StringCtor(v)); }
  /** Python's name: the one given to createTask, else "Task-N" (the lane keeps the function's name). */
  getName(): string { return this.#core.pyName; }
  setName(v: unknown): void { this.#core.pyName = StringCtor(v); renameTask(this.#core.rec, this.#core.pyName); }
  /** Requests cancellation: CancelledError is raised at the task's current (or next) await. */
  override cancel(msg?: unknown): boolean { return this.#core.cancel(msg); }
  /** How many cancellation requests are pending (Python 3.11). */
  cancelling(): number { return this.#core.numCancelsRequested; }
  uncancel(): number { return this.#core.uncancel(); }
  override get [Symbol.toStringTag]() { return 'Task'; }
}

/** The one Task object of a task core (created on first use). */
export function taskHandle(core: TaskCore): Task<unknown> {
  if (core.handle === null) {
    core.handle = new Task(TOKEN, core);
    WeakMapPrototypeSet(handles, core.handle, core.rec); // so waiting spans read "task callApi#2"
  }
  return core.handle as Task<unknown>;
}

/** The program's handle for an internal future (gather, shield, wait results). */
export function futureHandle(core: FutureCore): Future<unknown> {
  return core instanceof TaskCore ? taskHandle(core) : new Future(TOKEN, core);
}

export { futureOf };
