// AbortController/AbortSignal on event-target-shim's EventTarget: abort(reason), the `abort` event
// and onabort, throwIfAborted, AbortSignal.abort/any/timeout (timeout on the virtual clock, through
// the run's hooks), printed the way Node prints them.
import { EventTarget, Event, defineEventAttribute } from 'event-target-shim';
import { runHooks } from './run-hooks.ts';

const WeakMapCtor = WeakMap;
const wmGet = Function.prototype.call.bind(WeakMap.prototype.get) as <V>(m: WeakMap<object, V>, k: object) => V | undefined;
const wmSet = Function.prototype.call.bind(WeakMap.prototype.set) as <V>(m: WeakMap<object, V>, k: object, v: V) => void;
const dispatch = Function.prototype.call.bind(EventTarget.prototype.dispatchEvent) as (t: object, e: Event) => boolean;
const addListener = Function.prototype.call.bind(EventTarget.prototype.addEventListener) as (t: object, n: string, f: () => void, o?: object) => void;
const TypeErrorCtor = TypeError;
const customInspect = Symbol.for('nodejs.util.inspect.custom');

interface State { aborted: boolean; reason: unknown }
const states = new WeakMapCtor<object, State>();
let constructing = false;
let makeDOMException: (message: string, name: string) => unknown = () => undefined;

function stateOf(self: unknown): State {
  const st = typeof self === 'object' && self !== null ? wmGet(states, self) : undefined;
  if (st === undefined) throw new TypeErrorCtor('Value of "this" must be of type AbortSignal');
  return st;
}

export class AbortSignal extends EventTarget<{ abort: Event }> {
  constructor() {
    if (!constructing) throw new TypeErrorCtor('Illegal constructor');
    super();
    wmSet(states, this, { aborted: false, reason: undefined });
  }
  get aborted(): boolean { return stateOf(this).aborted; }
  get reason(): unknown { return stateOf(this).reason; }
  throwIfAborted(): void {
    const st = stateOf(this);
    if (st.aborted) throw st.reason;
  }
  [customInspect]() { return 'AbortSignal { aborted: ' + stateOf(this).aborted + ' }'; }
  static abort(reason?: unknown): AbortSignal {
    const s = newSignal();
    signalAbort(s, reason);
    return s;
  }
  static timeout(ms: number): AbortSignal {
    const s = newSignal();
    runHooks.setTimer(ms, () => signalAbort(s, makeDOMException('The operation was aborted due to timeout', 'TimeoutError')));
    return s;
  }
  static any(signals: Iterable<AbortSignal>): AbortSignal {
    const s = newSignal();
    const list = Array.from(signals);
    for (const each of list) {
      if (stateOf(each).aborted) { signalAbort(s, stateOf(each).reason); return s; }
    }
    for (const each of list) addListener(each, 'abort', () => signalAbort(s, stateOf(each).reason), { once: true });
    return s;
  }
}
defineEventAttribute(AbortSignal.prototype, 'abort');

function newSignal(): AbortSignal {
  constructing = true;
  try { return new AbortSignal(); } finally { constructing = false; }
}

function signalAbort(signal: AbortSignal, reason: unknown): void {
  const st = stateOf(signal);
  if (st.aborted) return;
  st.aborted = true;
  st.reason = reason === undefined ? makeDOMException('This operation was aborted', 'AbortError') : reason;
  dispatch(signal, new Event('abort'));
}

const signals = new WeakMapCtor<object, AbortSignal>();

export class AbortController {
  constructor() { wmSet(signals, this, newSignal()); }
  get signal(): AbortSignal {
    const s = wmGet(signals, this);
    if (s === undefined) throw new TypeErrorCtor('Value of "this" must be of type AbortController');
    return s;
  }
  abort(reason?: unknown): void { signalAbort(this.signal, reason); }
  [customInspect]() { return 'AbortController { signal: AbortSignal { aborted: ' + this.signal.aborted + ' } }'; }
}

/** DOMException comes from core-js, loaded beside this module (entry.ts). */
export function useDOMException(make: (message: string, name: string) => unknown): void {
  makeDOMException = make;
}

/** For node:timers/promises and events.once: whether v is one of our signals. */
export function isAbortSignal(v: unknown): v is AbortSignal {
  return typeof v === 'object' && v !== null && wmGet(states, v) !== undefined;
}
