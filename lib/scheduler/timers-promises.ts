// `node:timers/promises` on the virtual clock: setTimeout/setImmediate as promises, setInterval as
// an async iterator, scheduler.wait/yield, with Node's `signal` (AbortSignal) and `ref` options; and
// `node:events` once(). Each wait is labelled so the timeline names it (`setTimeout(100)`).
import { ObjectDefineProperty, ObjectFreeze, PromiseCtor, PromiseReject, PromiseResolve, SymbolAsyncIterator } from './intrinsics.ts';
import { addTimer, clearTimer, setTimerRef, type Timer } from './clock.ts';
import { S } from './state.ts';
import { label } from './promises.ts';
import { clearImmediate, setImmediate as setImmediateCb } from './immediates.ts';
import { Fifo } from './fifo.ts';
import { nodeDelay } from './timers.ts';
import { abortError, isAborted, onAbort, validateSignal } from './abort-glue.ts';
import { describeReceived, invalidArgType, nodeTypeError } from './node-errors.ts';

interface TimerOptions { signal?: unknown; ref?: unknown }

/** Node's checks: options is an object (or absent), ref a boolean; the signal is checked by the caller. */
function optionsOf(options: unknown): TimerOptions {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null) throw invalidArgType('options', 'object', options, optionsOf);
  const ref = (options as TimerOptions).ref;
  if (ref !== undefined && typeof ref !== 'boolean') {
    throw nodeTypeError('ERR_INVALID_ARG_TYPE', 'The "options.ref" property must be of type boolean. Received ' + describeReceived(ref), optionsOf);
  }
  return options as TimerOptions;
}

function setTimeoutP<T>(delay?: unknown, value?: T, options?: unknown): Promise<T> {
  const { signal, ref } = optionsOf(options);
  validateSignal(signal);
  if (isAborted(signal)) return PromiseReject(abortError(signal));
  const ms = nodeDelay(delay);
  let timer: Timer;
  const p = new PromiseCtor<T>((resolve, reject) => {
    timer = addTimer(ms, () => { detach(); resolve(value as T); }, S.current);
    if (ref === false) setTimerRef(timer, false);
    const detach = onAbort(signal, () => { clearTimer(timer); reject(abortError(signal)); });
  });
  return label(p, 'setTimeout(' + ms + ')');
}

function setImmediateP<T>(value?: T, options?: unknown): Promise<T> {
  const { signal, ref } = optionsOf(options);
  validateSignal(signal);
  if (isAborted(signal)) return PromiseReject(abortError(signal));
  const p = new PromiseCtor<T>((resolve, reject) => {
    const handle = setImmediateCb(() => { detach(); resolve(value as T); });
    if (ref === false) handle.unref();
    const detach = onAbort(signal, () => { clearImmediate(handle); reject(abortError(signal)); });
  });
  return label(p, 'setImmediate()');
}

/** setInterval as an async iterator: each next() gets `value` once per tick, ticks missed while the consumer was busy included. */
function setIntervalP<T>(delay?: unknown, value?: T, options?: unknown): AsyncIterableIterator<T> {
  const { signal, ref } = optionsOf(options);
  validateSignal(signal);
  const ms = nodeDelay(delay);
  let pending = 0;
  let done = false;
  const waiters = new Fifo<{ resolve: (r: IteratorResult<T>) => void; reject: (e: unknown) => void }>();
  const timer = addTimer(ms, () => {
    const w = waiters.shift();
    if (w !== undefined) w.resolve({ value: value as T, done: false });
    else pending++;
  }, S.current, ms);
  if (ref === false) setTimerRef(timer, false);
  const finish = (err: unknown) => {
    if (done) return;
    done = true;
    clearTimer(timer);
    for (let w = waiters.shift(); w !== undefined; w = waiters.shift()) {
      if (err === undefined) w.resolve({ value: undefined as T, done: true });
      else w.reject(err);
    }
  };
  const detach = onAbort(signal, () => finish(abortError(signal)));
  const iterator = {
    next(): Promise<IteratorResult<T>> {
      if (isAborted(signal)) return PromiseReject(abortError(signal));
      if (done) return PromiseResolve({ value: undefined as T, done: true });
      if (pending > 0) { pending--; return PromiseResolve({ value: value as T, done: false }); }
      return label(new PromiseCtor<IteratorResult<T>>((resolve, reject) => waiters.push({ resolve, reject })), 'setInterval(' + ms + ')');
    },
    return(): Promise<IteratorResult<T>> {
      detach();
      finish(undefined);
      return PromiseResolve({ value: undefined as T, done: true });
    },
    [SymbolAsyncIterator]() { return iterator; },
  };
  return iterator as unknown as AsyncIterableIterator<T>;
}

const scheduler = ObjectFreeze({
  wait: (delay?: unknown, options?: unknown) => setTimeoutP(delay, undefined, options),
  yield: () => setImmediateP(),
});

function named<F extends Function>(name: string, fn: F): F {
  ObjectDefineProperty(fn, 'name', { value: name });
  return fn;
}

/** The module `import … from "node:timers/promises"` yields (its default export is the same object). */
export function timersPromisesModule(): Record<string, unknown> {
  const mod: Record<string, unknown> = {
    setTimeout: named('setTimeout', setTimeoutP), setImmediate: named('setImmediate', setImmediateP),
    setInterval: named('setInterval', setIntervalP), scheduler,
  };
  mod.default = mod;
  return ObjectFreeze(mod);
}
