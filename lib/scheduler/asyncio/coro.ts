// Coroutine objects: the instrumenter turns a call written directly inside createTask, gather,
// run… into __tl.lazy(fn, args, thisArg, name, line), which evaluates the callee and arguments now
// but calls it only when the task first runs, as a Python coroutine starts on the loop's next round.
import {
  ObjectFreeze, PromiseCtor, SymbolToStringTag, PromisePrototypeThen, PromiseResolve, TypeErrorCtor, ReflectApply, WeakMapCtor, WeakMapPrototypeGet, WeakMapPrototypeSet,
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
  return obj;
}

export function coroOf(v: unknown): Coro | undefined {
  return typeof v === 'object' && v !== null ? WeakMapPrototypeGet(coros, v) : undefined;
}
