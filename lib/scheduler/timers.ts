// Node-style timer globals (setTimeout/setInterval/clear*, queueMicrotask) and the sandbox's own
// virtual-time primitives sleep(ms, value?) and blockFor(ms), all on the virtual clock.
import {
  MapCtor, MapPrototypeDelete, MapPrototypeGet, MapPrototypeSet, MathTrunc, PromiseCtor,
  PromiseResolve, ReflectApply, TypeErrorCtor
} from './intrinsics.ts';
import { type Timer, addTimer, clearTimer } from './clock.ts';
import { S } from './state.ts';
import { label, onCancel, whenSettled } from './promises.ts';
import { setState, taskById } from './tasks.ts';
import { reportUncaught, reachLimit } from './ending.ts';

const TIMEOUT_MAX = 2 ** 31 - 1;
let nextTimerId = 1;
const byId = new MapCtor<number, Timeout>();

/** What setTimeout returns: usable with clear*, and as a number (Node's Timeout-ish object). */
export class Timeout {
  #timer: Timer;
  #id: number;
  constructor(timer: Timer) {
    this.#timer = timer;
    this.#id = nextTimerId++;
    MapPrototypeSet(byId, this.#id, this);
  }
  ref() { return this; }
  unref() { return this; }
  hasRef() { return true; }
  close() { clear(this); return this; }
  [Symbol.toPrimitive]() { return this.#id; }
  static is(x: unknown): x is Timeout { return typeof x === 'object' && x !== null && #timer in x; }
  static timerOf(t: Timeout) { return t.#timer; }
  static idOf(t: Timeout) { return t.#id; }
}

function clear(handle: unknown): void {
  let t: Timeout | undefined;
  if (Timeout.is(handle)) t = handle;
  else if (typeof handle === 'number' || typeof handle === 'string') t = MapPrototypeGet(byId, +handle);
  if (t === undefined) return;
  clearTimer(Timeout.timerOf(t));
  MapPrototypeDelete(byId, Timeout.idOf(t));
}

/** Node's rule: a delay < 1, > 2^31-1 or not a number becomes 1 ms; fractions are truncated. */
function nodeDelay(ms: unknown): number {
  const after = (ms as number) * 1;
  return after >= 1 && after <= TIMEOUT_MAX ? MathTrunc(after) : 1;
}

function schedule(cb: unknown, ms: unknown, args: unknown[], repeat: boolean): Timeout {
  if (typeof cb !== 'function') {
    throw new TypeErrorCtor('The "callback" argument must be of type function. Received ' + typeof cb);
  }
  const delay = nodeDelay(ms);
  let handle: Timeout;
  const timer = addTimer(delay, () => {
    if (!repeat) MapPrototypeDelete(byId, Timeout.idOf(handle));
    ReflectApply(cb, handle, args);
  }, S.current, repeat ? delay : -1);
  handle = new Timeout(timer);
  return handle;
}

export const timerGlobals = {
  setTimeout(cb: unknown, ms?: unknown, ...args: unknown[]) { return schedule(cb, ms, args, false); },
  setInterval(cb: unknown, ms?: unknown, ...args: unknown[]) { return schedule(cb, ms, args, true); },
  clearTimeout(handle: unknown) { clear(handle); },
  clearInterval(handle: unknown) { clear(handle); },
  queueMicrotask(cb: unknown) {
    if (typeof cb !== 'function') {
      throw new TypeErrorCtor('The "callback" argument must be of type function. Received ' + typeof cb);
    }
    const owner = S.current;
    // One reaction on an already-resolved promise: exactly one microtask, like Node's queueMicrotask.
    whenSettled(resolved, () => {
      const prev = S.current;
      S.current = owner;
      try { ReflectApply(cb, undefined, []); } catch (e) { reportUncaught(e); } finally { S.current = prev; }
    }, () => {});
  },
};
const resolved = PromiseResolve(undefined);

/** sleep(ms, value?): resolves with value after ms virtual ms; 0 waits for one timer turn. */
export function sleep<T>(ms?: number, value?: T): Promise<T | undefined> {
  const n = +(ms as number);
  const delay = n > 0 ? MathTrunc(n) : 0;
  let resolve!: (v: T | undefined) => void;
  const p = new PromiseCtor<T | undefined>((r) => { resolve = r; });
  const timer = addTimer(delay, () => resolve(value), S.current);
  onCancel(p, () => { clearTimer(timer); resolve(value); });
  return label(p, 'sleep(' + delay + ')');
}

/** blockFor(ms): CPU-bound work that holds the whole loop; the clock jumps by ms right away. */
export function blockFor(ms?: number): void {
  const n = +(ms as number);
  const delay = n > 0 ? n : 0;
  const rec = taskById(S.current);
  if (rec !== undefined) setState(rec, 'blocking', 'blockFor(' + delay + ')');
  S.now += delay;
  if (S.now > S.config.maxVirtualMs) {
    reachLimit('blockFor(' + delay + ') went past the virtual time limit');
    return;
  }
  if (rec !== undefined) setState(rec, 'running', '');
}

