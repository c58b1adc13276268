// Gives the promises a program creates a state record (promise-records.ts), so console output can
// print `Promise { 42 }`, `Promise { <pending> }` and `Promise { <rejected> … }` as Node does.
//
// Why a tag: a promise's state is internal to V8; JavaScript can only learn it a microtask later
// (too late for a synchronous console.log, and the extra reaction would mark rejections handled),
// and isolated-vm offers no host-side probe. So the global `Promise` becomes a Proxy of the real
// constructor whose `construct` trap hands the executor resolve/reject functions that note the
// outcome first; `Promise.resolve` tags what it creates and `then` (promise-patch.ts) the promise
// it derives, through tagThen. Promise.prototype, its `constructor` and Promise[Symbol.species]
// stay the real ones (a species or constructor other than %Promise% fails PromiseResolve's
// identity check in await and finally, which adds microtask hops): Node's order is kept.
// Known difference: `promise.constructor === Promise` is false (it is the real constructor).
// Async functions' promises are task promises: the scheduler already knows their state.
import { G, ObjectDefineProperty, ReflectApply, ReflectConstruct } from './intrinsics.ts';
import { type Rec, newRec, recordOf, reject, settle, stamp, waitOn } from './promise-records.ts';

const OriginalPromise = Promise;
const OriginalProxy = Proxy;

export function isTaggedPromise(p: object): boolean {
  return recordOf(p) !== undefined;
}

/** A handler that notes what its call settles the derived promise with (returned or thrown). */
function noting(rec: Rec, handler: Function): Function {
  // Only V8 ever sees this function (it is the reaction's handler): its name does not matter.
  return function (v: unknown) {
    let r: unknown;
    try {
      r = ReflectApply(handler, undefined, [v]);
    } catch (e) {
      reject(rec, e);
      throw e;
    }
    settle(rec, r);
    return r;
  };
}

/**
 * For Promise.prototype.then: calls `callThen` with handlers that note the outcome and stamps the
 * promise it returns; an outcome without a handler passes from `parent`. Same calls, same values,
 * same microtask order.
 */
export function tagThen(parent: object, onFulfilled: unknown, onRejected: unknown,
  callThen: (f: unknown, r: unknown) => Promise<unknown>): Promise<unknown> {
  const rec = newRec();
  const f = typeof onFulfilled === 'function' ? noting(rec, onFulfilled) : onFulfilled;
  const r = typeof onRejected === 'function' ? noting(rec, onRejected) : onRejected;
  const derived = callThen(f, r);
  if (typeof derived !== 'object' || derived === null) return derived;
  stamp(derived, rec);
  if (typeof onFulfilled !== 'function' || typeof onRejected !== 'function') {
    rec.passFulfilled = typeof onFulfilled !== 'function';
    rec.passRejected = typeof onRejected !== 'function';
    waitOn(rec, parent);
  }
  return derived;
}

/** The real resolving functions of the promise being constructed, handed over by `capture`. */
let capturedResolve: ((v: unknown) => void) | undefined;
let capturedReject: ((r: unknown) => void) | undefined;
const capture = function (resolve: (v: unknown) => void, rejectFn: (r: unknown) => void) {
  capturedResolve = resolve;
  capturedReject = rejectFn;
};

export function installPromiseTags(): void {
  let wrapper: PromiseConstructor;
  const handler = {
    construct(target: PromiseConstructor, args: unknown[], newTarget: Function) {
      const executor = args[0];
      if (typeof executor !== 'function') return ReflectConstruct(target, args, newTarget);
      const p = ReflectConstruct(target, [capture], newTarget) as object;
      const resolve = capturedResolve as (v: unknown) => void, rejectFn = capturedReject as (r: unknown) => void;
      capturedResolve = capturedReject = undefined;
      const rec = newRec();
      stamp(p, rec);
      // Anonymous functions of length 1, like V8's own resolving functions.
      const res = [function (v: unknown) { settle(rec, v); return ReflectApply(resolve, undefined, [v]); }][0];
      const rej = [function (r: unknown) { reject(rec, r); return ReflectApply(rejectFn, undefined, [r]); }][0];
      // Still inside `new`, as the spec runs it; a throwing executor rejects the promise.
      try {
        ReflectApply(executor, undefined, [res, rej]);
      } catch (e) {
        rej(e);
      }
      return p;
    },
  };
  wrapper = new OriginalProxy(OriginalPromise, handler);
  const originalResolve = OriginalPromise.resolve;
  const resolve = {
    resolve(this: unknown, v: unknown) {
      // The real constructor, so `Promise.resolve(p) === p` for native promises as in Node.
      const p = ReflectApply(originalResolve, this === wrapper ? OriginalPromise : this, [v]) as object;
      if (p !== v && recordOf(p) === undefined) {
        const rec = newRec();
        stamp(p, rec);
        settle(rec, v);
      }
      return p;
    },
  }.resolve;
  ObjectDefineProperty(OriginalPromise, 'resolve', { value: resolve, writable: true, configurable: true });
  ObjectDefineProperty(G, 'Promise', { value: wrapper, writable: true, configurable: true });
}
