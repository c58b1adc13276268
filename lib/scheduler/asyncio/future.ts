// asyncio.Future's core as CPython's futures.py has it: a result or exception set once, done
// callbacks that run through the ready queue (call_soon), and cancel(msg). Awaitables handed to
// the program (Task objects, sleep/gather promises) are registered here so an await finds them.
import {
  PromiseCtor, WeakMapCtor, WeakMapPrototypeGet, WeakMapPrototypeSet, safeArray,
} from '../intrinsics.ts';
import { whenSettled } from '../promises.ts';
import { CancelledError, InvalidStateError } from '../errors.ts';
import { callSoon } from './ready.ts';

const PENDING = 0, FINISHED = 1, CANCELLED = 2;
type DoneCallback = (f: Future) => void;
/** A done callback; pure ones are the scheduler's own bookkeeping (see Handle.pure). */
interface Callback { fn: DoneCallback; pure: boolean }
const noop = () => {};

export class Future {
  state = PENDING;
  value: unknown = undefined;
  hasException = false;
  cancelMessage: unknown = undefined;
  /** An exception nobody retrieved: CPython logs "Task exception was never retrieved". */
  logTraceback = false;
  callbacks = safeArray<Callback>();
  #mirror: Promise<unknown> | null = null;
  #settleMirror: (() => void) | null = null;

  done(): boolean { return this.state !== PENDING; }
  cancelled(): boolean { return this.state === CANCELLED; }

  makeCancelledError(): Error {
    return this.cancelMessage === undefined || this.cancelMessage === null
      ? new CancelledError() : new CancelledError('' + this.cancelMessage);
  }

  result(): unknown {
    if (this.state === CANCELLED) throw this.makeCancelledError();
    if (this.state === PENDING) throw new InvalidStateError('Result is not ready.');
    this.logTraceback = false;
    if (this.hasException) throw this.value;
    return this.value;
  }

  exception(): unknown {
    if (this.state === CANCELLED) throw this.makeCancelledError();
    if (this.state === PENDING) throw new InvalidStateError('Exception is not set.');
    this.logTraceback = false;
    return this.hasException ? this.value : null;
  }

  addDoneCallback(fn: DoneCallback, pure = false): void {
    if (this.state !== PENDING) callSoon(() => fn(this), pure);
    else this.callbacks[this.callbacks.length] = { fn, pure };
  }

  removeDoneCallback(fn: DoneCallback): number {
    const kept = safeArray<Callback>();
    for (let i = 0; i < this.callbacks.length; i++) if (this.callbacks[i].fn !== fn) kept[kept.length] = this.callbacks[i];
    const removed = this.callbacks.length - kept.length;
    this.callbacks = kept;
    return removed;
  }

  setResult(v: unknown): void {
    if (this.state !== PENDING) throw new InvalidStateError('invalid state');
    this.value = v;
    this.state = FINISHED;
    this.scheduleCallbacks();
  }

  setException(e: unknown): void {
    if (this.state !== PENDING) throw new InvalidStateError('invalid state');
    this.value = e;
    this.hasException = true;
    this.state = FINISHED;
    this.logTraceback = true;
    this.scheduleCallbacks();
  }

  /** Future.cancel; Task overrides cancel() and reaches this one as cancelFuture(). */
  cancel(msg?: unknown): boolean { return this.cancelFuture(msg); }
  cancelFuture(msg?: unknown): boolean {
    this.logTraceback = false;
    if (this.state !== PENDING) return false;
    this.state = CANCELLED;
    this.cancelMessage = msg;
    this.scheduleCallbacks();
    return true;
  }

  scheduleCallbacks(): void {
    const cbs = this.callbacks;
    this.callbacks = safeArray<Callback>();
    for (let i = 0; i < cbs.length; i++) { const cb = cbs[i]; callSoon(() => cb.fn(this), cb.pure); }
    if (this.#settleMirror !== null) this.#settleMirror();
  }

  /** A promise settled with the future the moment it completes (for then() and non-task awaits). */
  promise(): Promise<unknown> {
    if (this.#mirror === null) {
      this.#mirror = new PromiseCtor((resolve, reject) => {
        this.#settleMirror = () => {
          if (this.state === CANCELLED) reject(this.makeCancelledError());
          else if (this.hasException) reject(this.value);
          else resolve(this.value);
        };
      });
      // Handled here: a failure reaches the program through its own await, never as a stray rejection.
      whenSettled(this.#mirror, noop, noop);
      registerAwaitable(this.#mirror, this);
      if (this.state !== PENDING) this.#settleMirror!();
    }
    return this.#mirror;
  }
}

const byAwaitable = new WeakMapCtor<object, Future>();
export function registerAwaitable(obj: object, fut: Future): void {
  WeakMapPrototypeSet(byAwaitable, obj, fut);
}
/** The future behind a Task object or a promise the asyncio API returned, if any. */
export function futureOf(v: unknown): Future | undefined {
  return (typeof v === 'object' || typeof v === 'function') && v !== null ? WeakMapPrototypeGet(byAwaitable, v) : undefined;
}
