// Coroutine objects: the instrumenter turns a call written directly inside createTask, gather,
// run… into __tl.lazy(fn, args, thisArg, name, line), which evaluates the callee and arguments now
// but calls it only when the task first runs, as a Python coroutine starts on the loop's next round.
import {
  ObjectFreeze, PromiseCtor, PromisePrototypeThen, PromiseResolve, ReflectApply, SymbolToStringTag, TypeErrorCtor,
  WeakMapCtor, WeakMapPrototypeGet, WeakMapPrototypeSet, safeArray,
} from '../intrinsics.ts';

export interface Coro {
  fn: unknown;
  thisArg: unknown;
  args: unknown[];
  /** The callee's name, the lane's name until the coroutine starts and names itself. */
  name: string;
  /** The user line of the call, for warnings. */
  line: number;
  consumed: boolean;
}

const coros = new WeakMapCtor<object, Coro>();
/** Coroutine objects made so far (consumed ones are dropped now and then), for the end-of-run warning. */
let made = safeArray<Coro>();
/** Compact `made` every this many coroutine objects, so a long run does not keep them all. */
const COMPACT_EVERY = 1024;

function remember(c: Coro): void {
  made[made.length] = c;
  if (made.length % COMPACT_EVERY !== 0) return;
  const kept = safeArray<Coro>();
  for (let i = 0; i < made.length; i++) if (!made[i].consumed) kept[kept.length] = made[i];
  made = kept;
}

/** Coroutine objects nobody started: Python's "coroutine 'f' was never awaited". */
export function neverStarted(): Coro[] {
  const out = safeArray<Coro>();
  for (let i = 0; i < made.length; i++) if (!made[i].consumed) out[out.length] = made[i];
  return out;
}

/** Calls the coroutine function (once). */
export function startCoro(c: Coro): unknown {
  c.consumed = true;
  if (typeof c.fn !== 'function') throw new TypeErrorCtor('object is not callable: ' + c.name);
  return ReflectApply(c.fn as (...a: unknown[]) => unknown, c.thisArg, c.args);
}

/** __tl.lazy: the coroutine object. Awaited directly (outside asyncio's API) it simply runs. */
export function makeCoro(fn: unknown, args: unknown, thisArg: unknown, name: unknown, line: unknown): object {
  const c: Coro = {
    fn, thisArg, args: args as unknown[], name: typeof name === 'string' ? name : 'coroutine',
    line: typeof line === 'number' ? line : 0, consumed: false,
  };
  const obj = ObjectFreeze({
    then(onFulfilled?: (v: unknown) => unknown, onRejected?: (e: unknown) => unknown) {
      let started: unknown;
      try { started = startCoro(c); } catch (e) { started = new PromiseCtor((_, reject) => reject(e)); }
      return PromisePrototypeThen(PromiseResolve(started), onFulfilled, onRejected);
    },
    [SymbolToStringTag]: 'coroutine',
  });
  WeakMapPrototypeSet(coros, obj, c);
  remember(c);
  return obj;
}

export function coroOf(v: unknown): Coro | undefined {
  return typeof v === 'object' && v !== null ? WeakMapPrototypeGet(coros, v) : undefined;
}
