// Promises made without writing `new Promise`: through an alias (`const P = Promise; new P(…)`,
// handled by the instrumenter with newPromise), by Reflect.construct(Promise, …), or by a class
// that extends Promise (its super(…) calls). Each gets the state record console output reads
// (promise-records.ts), as `new Promise` does, so it prints `Promise { 1 }` and not `<pending>`.
// The instrumenter emits `__tl.promises.*` calls (abi.ts) for `super(…)` in a class written
// `extends Promise` (or a base only known when it runs) and for `Reflect.construct(…)`, which is also
// replaced, for the calls not written so; the promise and its executor's calls are V8's own.
import {
  ArrayIsArray, ArrayPrototypeSlice, ObjectDefineProperty, ObjectGetPrototypeOf, ReflectApply, ReflectConstruct, SymbolIterator, append,
  safeArray,
} from './intrinsics.ts';
import { proxyDetails } from './proxy-tags.ts';
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

/** On `making` for a super(…) whose base turned out not to be Promise (superArgs): made() pops it, stamps nothing. */
const NOT_PROMISE = newRec();

/** super(…) returned p (this): it gets the record its executor made. */
function made<T>(p: T): T {
  const rec = making.length > 0 ? making[making.length - 1] : undefined;
  if (rec !== undefined) {
    making.length--;
    if (rec !== NOT_PROMISE && typeof p === 'object' && p !== null) stamp(p, rec);
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

/**
 * Reflect.construct as installed (installReflectConstruct), however the program reaches it
 * (`R.construct`, a destructured `construct`…): for Promise itself with an executor, the promise
 * gets its record; anything else is V8's own call. Same arguments, same errors.
 */
const patchedConstruct = {
  construct(target: unknown, list: unknown, ...rest: unknown[]): unknown {
    const all = rest.length > 0 ? [target, list, rest[0]] : [target, list];
    if (target !== OriginalPromise || !ArrayIsArray(list) || list.length === 0 || typeof list[0] !== 'function') {
      return ReflectApply(ReflectConstruct, undefined, all);
    }
    const argsList = ArrayPrototypeSlice(list) as unknown[];
    argsList[0] = executor(list[0]);
    all[1] = argsList;
    return made(ReflectApply(ReflectConstruct, undefined, all));
  },
}.construct;

export function installReflectConstruct(): void {
  ObjectDefineProperty(Reflect, 'construct', { value: patchedConstruct, writable: true, configurable: true, enumerable: false });
}

/** `Reflect.construct(…)` as written, with `reflect` the object it was read from (read once, as the call would). */
function construct(reflect: { construct: Function }, ...rest: unknown[]): unknown {
  return ReflectApply(reflect.construct, reflect, rest);
}

/**
 * In a class that may extend Promise (the instrumenter's brand, transpile/promise-subclass.ts):
 * whether its base is Promise itself. The class is found on new.target's chain by `isMine`; a
 * proxy on the way is not followed (its trap is program code), and the promise stays record-less.
 */
function direct(newTarget: unknown, isMine: (c: object) => boolean): boolean {
  let c: unknown = newTarget;
  while ((typeof c === 'function' || typeof c === 'object') && c !== null) {
    if (proxyDetails(c) !== undefined) return false;
    if (isMine(c)) return ObjectGetPrototypeOf(c) === OriginalPromise;
    c = ObjectGetPrototypeOf(c);
  }
  return false;
}

/**
 * `super(...superArgs(new.target, isMine, [args]))` then `made(this)`, for a super(…) statement in a
 * class whose base is known when it runs: the arguments as an iterable of our own (a spread of it
 * runs no program code, as a patched Array iterator would), the executor wrapped when the base is
 * Promise; else a NOT_PROMISE mark for made() to pop.
 */
function superArgs(newTarget: unknown, isMine: (c: object) => boolean, list: unknown[]): Iterable<unknown> {
  if (direct(newTarget, isMine)) {
    if (list.length > 0) list[0] = executor(list[0]);
  } else {
    append(making, NOT_PROMISE);
  }
  let i = 0;
  const it = {
    next() { return i < list.length ? { value: list[i++], done: false } : { value: undefined, done: true }; },
    [SymbolIterator]() { return it; },
  };
  return it as unknown as Iterable<unknown>;
}

export const promiseConstruct = { executor, made, args, construct, direct, superArgs };
