// Node's Timeout object, as setTimeout/setInterval return it: ref/unref/hasRef/refresh/close, a
// number through Symbol.toPrimitive, and the enumerable fields console.log shows in Node 24
// (`Timeout { _idleTimeout: 1000, _idlePrev: [TimersList], … }`). The real state is private;
// the fields are a faithful picture of it that a program can read (writes to them change nothing).
import { MapCtor, MapPrototypeDelete, MapPrototypeGet, MapPrototypeSet, ObjectDefineProperty, SymbolFor } from './intrinsics.ts';
import { type Timer, clearTimer, retime, setTimerRef } from './clock.ts';
import { S } from './state.ts';
import {
  asyncIdSymbol, defineField, kAsyncContextFrame, kHasPrimitive, nextAsyncId, refedSymbol, triggerIdSymbol,
} from './node-symbols.ts';

/** Stands for Node's internal timer list in _idlePrev/_idleNext; prints as Node prints it there. */
class TimersList {
  [SymbolFor('nodejs.util.inspect.custom')]() { return '[TimersList]'; }
}
const LIST = new TimersList();

/** Timeouts a program turned into numbers (`+t`), so clearTimeout(number) finds them, as in Node. */
const byId = new MapCtor<number, Timeout>();

/** Updates a field without trusting it: a program may have redefined it as anything. */
function mark(o: object, key: PropertyKey, value: unknown): void {
  try { defineField(o, key, value); } catch { /* made non-configurable: the field is the program's now */ }
}

export class Timeout {
  _idleTimeout: number;
  _idlePrev: unknown = LIST;
  _idleNext: unknown = LIST;
  _idleStart: number;
  _onTimeout: unknown;
  _timerArgs: unknown;
  _repeat: number | null;
  _destroyed = false;
  #timer: Timer;
  #delay: number;
  #asyncId: number;
  #primitive = false;
  #cleared = false;
  constructor(timer: Timer, delay: number, cb: Function, args: unknown[], repeat: boolean) {
    this._idleTimeout = delay;
    this._idleStart = S.now;
    this._onTimeout = cb;
    this._timerArgs = args.length === 0 ? undefined : args;
    this._repeat = repeat ? delay : null;
    this.#timer = timer;
    this.#delay = delay;
    this.#asyncId = nextAsyncId();
    defineField(this, refedSymbol, true);
    defineField(this, kHasPrimitive, false);
    defineField(this, asyncIdSymbol, this.#asyncId);
    defineField(this, triggerIdSymbol, 0);
    defineField(this, kAsyncContextFrame, undefined);
  }
  ref() { setTimerRef(this.#timer, true); mark(this, refedSymbol, true); return this; }
  unref() { setTimerRef(this.#timer, false); mark(this, refedSymbol, false); return this; }
  hasRef() { return this.#timer.ref; }
  /** Restarts the countdown from now; revives a timeout that already fired, not one that was cleared. */
  refresh() {
    if (this.#cleared) return this;
    this.#timer = retime(this.#timer, this.#delay);
    mark(this, '_idleStart', S.now);
    mark(this, '_idlePrev', LIST);
    mark(this, '_idleNext', LIST);
    mark(this, '_destroyed', false);
    return this;
  }
  close() { clearTimeoutHandle(this); return this; }
  /** Node's primitive is the async id; only then can clearTimeout find the timeout by number. */
  [Symbol.toPrimitive]() {
    if (!this.#primitive && !this.#cleared) {
      this.#primitive = true;
      MapPrototypeSet(byId, this.#asyncId, this);
      mark(this, kHasPrimitive, true);
    }
    return this.#asyncId;
  }
  static is(x: unknown): x is Timeout { return typeof x === 'object' && x !== null && #timer in x; }
  /** The timer fired for the last time (a timeout, not an interval): Node unlinks and destroys it. */
  static fired(t: Timeout): void {
    if (t.#primitive) MapPrototypeDelete(byId, t.#asyncId);
    mark(t, '_idlePrev', null);
    mark(t, '_idleNext', null);
    mark(t, '_destroyed', true);
  }
  /** An interval's callback returned: unless cleared meanwhile, it is back in the list from `start`. */
  static rearmed(t: Timeout, start: number): void {
    if (!t.#cleared) mark(t, '_idleStart', start);
  }
  static clear(t: Timeout): void {
    clearTimer(t.#timer);
    t.#cleared = true;
    if (t.#primitive) MapPrototypeDelete(byId, t.#asyncId);
    mark(t, '_idleTimeout', -1);
    mark(t, '_idlePrev', null);
    mark(t, '_idleNext', null);
    mark(t, '_onTimeout', undefined);
    mark(t, '_destroyed', true);
  }
  /** The timer behind a handle now (refresh() replaces it). */
  static timerOf(t: Timeout): Timer { return t.#timer; }
}

/**
 * The class's statics, taken off it: Node's Timeout has none, and a program reaches the class
 * (`t.constructor`) and could replace what the scheduler calls.
 */
export const timeoutOps = { is: Timeout.is, fired: Timeout.fired, rearmed: Timeout.rearmed, clear: Timeout.clear, timerOf: Timeout.timerOf };
for (const key of ['is', 'fired', 'rearmed', 'clear', 'timerOf']) delete (Timeout as unknown as Record<string, unknown>)[key];

// Node 24: `using t = setTimeout(…)` clears the timer at the end of the block.
if (typeof Symbol.dispose === 'symbol') {
  ObjectDefineProperty(Timeout.prototype, Symbol.dispose, {
    value: function dispose(this: Timeout) { clearTimeoutHandle(this); }, writable: true, configurable: true,
  });
}

/** clearTimeout/clearInterval: a Timeout, or the number a Timeout turned into. */
export function clearTimeoutHandle(handle: unknown): void {
  let t: Timeout | undefined;
  if (timeoutOps.is(handle)) t = handle;
  else if (typeof handle === 'number' || typeof handle === 'string') t = MapPrototypeGet(byId, +handle);
  if (t !== undefined) timeoutOps.clear(t);
}
