// Gives the promises a program creates a state record (promise-records.ts), so console output can
// print `Promise { 42 }`, `Promise { <pending> }` and `Promise { <rejected> … }` as Node does.
//
// Why a tag: a promise's state is internal to V8; JavaScript can only learn it a microtask later
// (too late for a synchronous console.log, and the extra reaction would mark rejections handled),
// and isolated-vm offers no host-side probe. The instrumenter turns `new Promise(…)` into
// `__tl.newPromise(Promise, …)`, which hands the executor resolving functions that note the outcome
// first; Promise.resolve/reject/withResolvers note what they create and `then` (promise-patch.ts)
// the promise it derives, through tagThen. The global `Promise`, its prototype, `constructor` and
// Symbol.species stay the real ones: a wrapper there fails PromiseResolve's identity check in
// `await` and `finally` (test262's observability tests), which adds microtask hops.
// Async functions' promises are task promises: the scheduler already knows their state.
import {
  FunctionPrototypeToString, ObjectDefineProperty, ObjectGetOwnPropertyDescriptor, ObjectGetPrototypeOf, ReflectApply, ReflectConstruct, TypeErrorCtor,
} from './intrinsics.ts';
import { S } from './state.ts';
import { proxyDetails } from './proxy-tags.ts';
import {
  type Rec, PASS_FULFILLED, PASS_REJECTED, adopted, adoptionOf, hasAdoptions, newRec, noteOutcome, recordOf, reject, setPass, settle, stamp, waitOn,
} from './promise-records.ts';
import { handlerFor, passFor } from './promise-handlers.ts';
import { attributeResolution } from './thenables.ts';
import { elementHandlers } from './promise-combinators.ts';
import { showAllAs } from './native-looks.ts';

const OriginalPromise = Promise;

export function isTaggedPromise(p: object): boolean {
  return recordOf(p) !== undefined;
}

/**
 * For Promise.prototype.then: calls `callThen` with handlers that run as `owner` and note the
 * outcome, and stamps the promise it returns.
 * Same calls, same values, same microtask order.
 */
export function tagThen(parent: object, onFulfilled: unknown, onRejected: unknown, owner: number,
  callThen: (f: unknown, r: unknown) => Promise<unknown>): Promise<unknown> {
  const elements = elementHandlers(onFulfilled, onRejected);
  if (elements !== null) [onFulfilled, onRejected] = elements;
  else if (isAdoptionJob(onFulfilled, onRejected)) {
    const adopter = adoptionOf(parent);
    if (adopter !== undefined) {
      const f = onFulfilled as Function, r = onRejected as Function;
      onFulfilled = function (v: unknown) { adopted(adopter, 'fulfilled', v); return f(v); };
      onRejected = function (e: unknown) { adopted(adopter, 'rejected', e); return r(e); };
    }
  }
  const rec = newRec();
  const known = recordOf(parent);
  const settled = known === undefined ? undefined : known.state === 'fulfilled' || known.state === 'rejected' ? known.state : undefined;
  // On a settled promise, V8 settles the derived one in a job of its own, one microtask later, also
  // when the handler for the outcome is missing: it gets one that passes the outcome on as V8 does
  // (promise-handlers.ts), so the record learns it in that job. On a pending promise the record
  // reads the outcome up its source instead (an extra function a link would not fit a 200,000-link
  // chain in the isolate), which shows it settled when the source settles, one microtask early.
  const f = typeof onFulfilled === 'function' ? handlerFor(rec, onFulfilled, 'fulfilled', parent, owner)
    : settled === 'fulfilled' ? passFor(rec, 'fulfilled', parent, owner) : onFulfilled;
  const r = typeof onRejected === 'function' ? handlerFor(rec, onRejected, 'rejected', parent, owner)
    : settled === 'rejected' ? passFor(rec, 'rejected', parent, owner) : onRejected;
  const derived = callThen(f, r);
  if (typeof derived !== 'object' || derived === null) return derived;
  stamp(derived, rec);
  if (settled === undefined && (typeof f !== 'function' || typeof r !== 'function')) {
    setPass(rec, (typeof f !== 'function' ? PASS_FULFILLED : 0) | (typeof r !== 'function' ? PASS_REJECTED : 0));
    waitOn(rec, parent);
  }
  return derived;
}

/**
 * Whether then(f, r) may be V8's job for a promise adopting p (promise-records.ts adoptions):
 * both are V8's resolving functions (anonymous, native), never a program's own.
 */
function isAdoptionJob(f: unknown, r: unknown): boolean {
  if (!hasAdoptions() || typeof f !== 'function' || typeof r !== 'function') return false;
  const fd = ObjectGetOwnPropertyDescriptor(f, 'name'), rd = ObjectGetOwnPropertyDescriptor(r, 'name');
  if (fd === undefined || fd.value !== '' || rd === undefined || rd.value !== '') return false;
  return FunctionPrototypeToString(f) === NATIVE_ANONYMOUS && FunctionPrototypeToString(r) === NATIVE_ANONYMOUS;
}
const NATIVE_ANONYMOUS = 'function () { [native code] }';

const noop = function () {};
/** Whether `new C` is allowed, found without calling C: Reflect.construct checks newTarget first. */
function isConstructor(C: unknown): boolean {
  if (typeof C !== 'function') return false;
  try {
    ReflectConstruct(noop, [], C);
    return true;
  } catch {
    return false;
  }
}

/** The real resolving functions of the promise being constructed, handed over by `capture`. */
let capturedResolve: ((v: unknown) => void) | undefined;
let capturedReject: ((r: unknown) => void) | undefined;
const capture = function (resolve: (v: unknown) => void, rejectFn: (r: unknown) => void) {
  capturedResolve = resolve;
  capturedReject = rejectFn;
};

/** Resolving functions that note the outcome first: anonymous, of length 1, like V8's own. */
export function notingResolvers(rec: Rec, resolve: (v: unknown) => void, rejectFn: (r: unknown) => void, native = true): [Function, Function] {
  // V8's own resolve gets a stand-in for a thenable (its then runs as the resolving task); a program's never does.
  const res = [function (v: unknown) { settle(rec, v); return ReflectApply(resolve, undefined, [native ? attributeResolution(v, S.current, rec) : v]); }][0];
  const rej = [function (r: unknown) { reject(rec, r); return ReflectApply(rejectFn, undefined, [r]); }][0];
  return [res, rej];
}

// Handed to program code (executors, withResolvers): they print as V8's own resolving functions.
{
  const sample = notingResolvers(newRec(), noop, noop);
  showAllAs(sample[0], NATIVE_ANONYMOUS);
  showAllAs(sample[1], NATIVE_ANONYMOUS);
}

/**
 * The instrumenter's `new Promise(…)` (hooks.newPromise): the real constructor, with an executor
 * handed resolving functions that note the outcome. Any other callee (a program's own `Promise`)
 * is constructed as written.
 */
export function newPromise(C: unknown, ...args: unknown[]): unknown {
  const executor = args[0];
  if (C !== OriginalPromise || typeof executor !== 'function') {
    // V8's own words for `new Promise(…)` when the program's Promise is not a constructor.
    if (!isConstructor(C)) throw new TypeErrorCtor('Promise is not a constructor');
    return ReflectConstruct(C as Function, args);
  }
  const p = ReflectConstruct(OriginalPromise, [capture]) as object;
  const resolve = capturedResolve as (v: unknown) => void, rejectFn = capturedReject as (r: unknown) => void;
  capturedResolve = capturedReject = undefined;
  const rec = newRec();
  stamp(p, rec);
  const fns = notingResolvers(rec, resolve, rejectFn);
  // Still inside `new`, as the spec runs it; a throwing executor rejects the promise.
  try {
    ReflectApply(executor, undefined, [fns[0], fns[1]]);
  } catch (e) {
    fns[1](e);
  }
  return p;
}

const PromisePrototype = OriginalPromise.prototype;

/** An await resumed with `value`: the native promise it awaited is fulfilled with it (hooks.resumed). */
export function noteAwaited(awaited: unknown, value: unknown): void {
  // A proxy is never a promise, and reading its prototype would run the program's trap.
  if (typeof awaited !== 'object' || awaited === null || proxyDetails(awaited) !== undefined) return;
  if (ObjectGetPrototypeOf(awaited) === PromisePrototype) noteOutcome(awaited, 'fulfilled', value);
}

/** The installed Promise.resolve (combinators note their outcome only while it is the one V8 calls). */
export const tagsResolve = { fn: null as Function | null };

function defineStatic(name: string, fn: Function): void {
  ObjectDefineProperty(OriginalPromise, name, { value: fn, writable: true, configurable: true, enumerable: false });
}

/** Promise.resolve/reject/withResolvers note what they create; each calls the original with the same receiver. */
export function installPromiseTags(): void {
  const originalResolve = OriginalPromise.resolve;
  const originalReject = OriginalPromise.reject;
  const originalWithResolvers = (OriginalPromise as any).withResolvers as Function | undefined;
  tagsResolve.fn = {
    resolve(this: unknown, v: unknown) {
      const rec = newRec();
      const p = ReflectApply(originalResolve, this, [this === OriginalPromise ? attributeResolution(v, S.current, rec) : v]) as object;
      if (p !== v && recordOf(p) === undefined) {
        stamp(p, rec);
        settle(rec, v);
      }
      return p;
    },
  }.resolve;
  defineStatic('resolve', tagsResolve.fn);
  defineStatic('reject', {
    reject(this: unknown, r: unknown) {
      const p = ReflectApply(originalReject, this, [r]) as object;
      if (recordOf(p) === undefined) {
        const rec = newRec();
        stamp(p, rec);
        reject(rec, r);
      }
      return p;
    },
  }.reject);
  if (typeof originalWithResolvers === 'function') {
    defineStatic('withResolvers', {
      withResolvers(this: unknown) {
        const out = ReflectApply(originalWithResolvers, this, []) as { promise: object; resolve: any; reject: any };
        if (recordOf(out.promise) !== undefined) return out;
        const rec = newRec();
        stamp(out.promise, rec);
        const fns = notingResolvers(rec, out.resolve, out.reject, this === OriginalPromise);
        ObjectDefineProperty(out, 'resolve', { value: fns[0], writable: true, enumerable: true, configurable: true });
        ObjectDefineProperty(out, 'reject', { value: fns[1], writable: true, enumerable: true, configurable: true });
        return out;
      },
    }.withResolvers);
  }
}
