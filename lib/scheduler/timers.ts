// Node-style timer globals (setTimeout/setInterval/clear*, queueMicrotask) and the sandbox's own
// virtual-time primitives sleep(ms, value?) and blockFor(ms), all on the virtual clock.
import { MathTrunc, PromiseCtor, PromiseResolve, ReflectApply } from './intrinsics.ts';
import { addTimer, clearTimer } from './clock.ts';
import { Timeout, clearTimeoutHandle, timeoutOps } from './timeout.ts';
import { checkCallback } from './node-errors.ts';
import { S } from './state.ts';
import { label, onCancel, whenSettled } from './promises.ts';
import { setState, taskById } from './tasks.ts';
import { reportUncaught, reachLimit } from './ending.ts';

const TIMEOUT_MAX = 2 ** 31 - 1;

/** Node's rule: a delay < 1, > 2^31-1 or not a number becomes 1 ms; fractions are truncated. */
export function nodeDelay(ms: unknown): number {
  const after = (ms as number) * 1;
  return after >= 1 && after <= TIMEOUT_MAX ? MathTrunc(after) : 1;
}

function schedule(cb: Function, ms: unknown, args: unknown[], repeat: boolean): Timeout {
  const delay = nodeDelay(ms);
  let handle: Timeout;
  const timer = addTimer(delay, repeat ? () => {
    // Node re-inserts an interval after its callback (even a throwing one), from the time it fired.
    const start = S.now;
    try { ReflectApply(cb, handle, args); } finally { timeoutOps.rearmed(handle, start); }
  } : () => {
    timeoutOps.fired(handle);
    ReflectApply(cb, handle, args);
  }, S.current, repeat ? delay : -1);
  handle = new Timeout(timer, delay, cb, args, repeat);
  return handle;
}

export const timerGlobals = {
  setTimeout(cb: unknown, ms?: unknown, ...args: unknown[]) {
    checkCallback(cb, timerGlobals.setTimeout);
    return schedule(cb as Function, ms, args, false);
  },
  setInterval(cb: unknown, ms?: unknown, ...args: unknown[]) {
    checkCallback(cb, timerGlobals.setInterval);
    return schedule(cb as Function, ms, args, true);
  },
  clearTimeout(handle: unknown) { clearTimeoutHandle(handle); },
  clearInterval(handle: unknown) { clearTimeoutHandle(handle); },
  queueMicrotask(cb: unknown) {
    checkCallback(cb, timerGlobals.queueMicrotask);
    const owner = S.current;
    // One reaction on an already-resolved promise: exactly one microtask, like Node's queueMicrotask.
    whenSettled(resolved, () => {
      const prev = S.current;
      S.current = owner;
      try { ReflectApply(cb as Function, undefined, []); } catch (e) { reportUncaught(e); } finally { S.current = prev; }
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

