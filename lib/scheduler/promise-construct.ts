// Promises made without writing `new Promise`: through an alias (`const P = Promise; new P(…)`,
// handled by the instrumenter with newPromise), by Reflect.construct(Promise, …), or by a class
// that extends Promise (its super(…) calls). Each gets the state record console output reads
// (promise-records.ts), as `new Promise` does, so it prints `Promise { 1 }` and not `<pending>`.
// The instrumenter emits `__tl.promises.*` calls (abi.ts) for `super(…)` in a class written
// `extends Promise` and for `Reflect.construct(…)`; the promise and its executor's calls are V8's own.
import { ArrayIsArray, ArrayPrototypeSlice, ReflectApply, ReflectConstruct, append, safeArray } from './intrinsics.ts';
import { newRec, stamp, type Rec } from './promise-records.ts';
import { notingResolvers } from './promise-tags.ts';

const OriginalPromise = Promise;
/** Records of executors V8 has called inside a super(…) that has not returned yet (innermost last). */
const making = safeArray<Rec>();

/** The executor a Promise subclass hands super(): runs the program's with resolvers that note the outcome. */
function executor(ex: unknown): unknown {
  if (typeof ex !== 'function') return ex; // V8 throws its own TypeError, as for the program's value
  return function (this: unknown, resolve: (v: unknown) => void, reject: (r: unknown) => void) {
    const rec = newRec();
    append(making, rec);
    const fns = notingResolvers(rec, resolve, reject);
    // A throwing executor rejects the promise, as V8 would.
    try {
      ReflectApply(ex, undefined, [fns[0], fns[1]]);
    } catch (e) {
      fns[1](e);
    }
  };
}

/** super(…) returned p (this): it gets the record its executor made. */
function made<T>(p: T): T {
  const rec = making.length > 0 ? making[making.length - 1] : undefined;
  if (rec !== undefined) {
    making.length--;
    if (typeof p === 'object' && p !== null) stamp(p, rec);
  }
  return p;
}

/**
 * `super(...list)`: the list as spread once (by its own iterator, as the spread would), its first
 * element the executor. A plain array: super(...) spreads it again (only a program that replaced
 * Array.prototype[Symbol.iterator] could tell).
 */
function args(list: Iterable<unknown>): unknown[] {
  const out: unknown[] = [];
  for (const v of list) append(out, v);
  if (out.length > 0) out[0] = executor(out[0]);
  return out;
}

/** `Reflect.construct(target, list, newTarget?)` as written, with `reflect` the object it was read from. */
function construct(reflect: { construct: Function }, ...rest: unknown[]): unknown {
  const fn = reflect.construct;
  const [target, list] = rest;
  if (fn !== ReflectConstruct || target !== OriginalPromise || !ArrayIsArray(list) || list.length === 0 || typeof list[0] !== 'function') {
    return ReflectApply(fn, reflect, rest);
  }
  const argsList = ArrayPrototypeSlice(list) as unknown[];
  argsList[0] = executor(list[0]);
  return made(ReflectApply(ReflectConstruct, undefined, rest.length > 2 ? [target, argsList, rest[2]] : [target, argsList]));
}

export const promiseConstruct = { executor, made, args, construct };
