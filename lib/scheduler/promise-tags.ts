// Remembers the state of the promises a program creates, so console output can print
// `Promise { 42 }`, `Promise { <pending> }` and `Promise { <rejected> … }` as Node does.
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
import { G, ObjectDefineProperty, ObjectGetOwnPropertyDescriptor, ObjectGetPrototypeOf, ReflectApply, ReflectConstruct } from './intrinsics.ts';
import { proxyDetails } from './object-tags.ts';
import { taskOf } from './promises.ts';

type State = 'pending' | 'fulfilled' | 'rejected' | 'follows';
interface Rec {
  state: State;
  value: unknown;
  /** For a promise `then` derived without a handler for one outcome: it passes that outcome on. */
  parent?: object; passFulfilled?: boolean; passRejected?: boolean;
}
/** How many promises deep a chain of "resolved with another promise" is followed when printing. */
const MAX_FOLLOW_DEPTH = 32;

const OriginalPromise = Promise;
const OriginalProxy = Proxy;
const WeakMapCtor = WeakMap;
const weakGet = WeakMap.prototype.get;
const weakSet = WeakMap.prototype.set;
const records: WeakMap<object, Rec> = new WeakMapCtor();

/** Whether reading `key` from a proxy's handler could run program code or find a trap. */
function mayTrap(handler: object | null, key: string): boolean {
  let h: object | null = handler;
  while (h !== null) {
    if (proxyDetails(h) !== undefined) return true;
    const d = ObjectGetOwnPropertyDescriptor(h, key);
    if (d !== undefined) return !('value' in d) || d.value != null;
    h = ObjectGetPrototypeOf(h);
  }
  return false;
}

/**
 * What resolving with `v` does, decided without running user code: no getters, no proxy traps (a
 * proxy with a `get` trap, or a `then` getter, leaves the outcome unknown, shown as pending).
 */
function settle(rec: Rec, v: unknown): void {
  if (rec.state !== 'pending') return;
  rec.value = v;
  if ((typeof v !== 'object' && typeof v !== 'function') || v === null) { rec.state = 'fulfilled'; return; }
  rec.state = 'follows';
  try {
    let o: object | null = v;
    while (o !== null) {
      const proxy = proxyDetails(o);
      if (proxy !== undefined) {
        // A trapless [[Get]] reads the target: follow it (a revoked proxy would throw: unknown).
        if (proxy[0] === null || mayTrap(proxy[1], 'get')) return;
        o = proxy[0];
        continue;
      }
      const d = ObjectGetOwnPropertyDescriptor(o, 'then');
      if (d !== undefined) {
        if ('value' in d && typeof d.value !== 'function') rec.state = 'fulfilled';
        return;
      }
      o = ObjectGetPrototypeOf(o);
    }
    rec.state = 'fulfilled';
  } catch {
    // An exotic object we cannot read without side effects: leave the outcome unknown.
  }
}

function reject(rec: Rec, reason: unknown): void {
  if (rec.state !== 'pending') return;
  rec.state = 'rejected';
  rec.value = reason;
}

export function isTaggedPromise(p: object): boolean {
  return ReflectApply(weakGet, records, [p]) !== undefined;
}

/** Node's getPromiseDetails: the state and result of a promise, as far as the sandbox saw it settle. */
export function promiseDetails(p: object): ['pending' | 'fulfilled' | 'rejected', unknown] {
  for (let depth = 0; depth < MAX_FOLLOW_DEPTH; depth++) {
    const rec = ReflectApply(weakGet, records, [p]) as Rec | undefined;
    if (rec === undefined) {
      const task = taskOf(p);
      if (task === undefined || task.state === 'pending') return ['pending', undefined];
      return [task.state === 'fulfilled' ? 'fulfilled' : 'rejected', task.value];
    }
    if (rec.state === 'pending' && rec.parent !== undefined) {
      // One microtask after its parent settles, Node shows the passed-on outcome; here at once.
      const parent = promiseDetails(rec.parent);
      if ((parent[0] === 'fulfilled' && rec.passFulfilled) || (parent[0] === 'rejected' && rec.passRejected)) return parent;
      return ['pending', undefined];
    }
    if (rec.state !== 'follows') return [rec.state, rec.value];
    // Adopting a settled promise takes V8 two more microtasks; Node may still show <pending> then.
    if (typeof rec.value !== 'object' || rec.value === null) return ['pending', undefined];
    p = rec.value;
  }
  return ['pending', undefined];
}

/** A handler that notes what its call settles the derived promise with (returned or thrown). */
function noting(rec: Rec, handler: Function): Function {
  return [function (v: unknown) {
    let r: unknown;
    try {
      r = ReflectApply(handler, undefined, [v]);
    } catch (e) {
      reject(rec, e);
      throw e;
    }
    settle(rec, r);
    return r;
  }][0];
}

/**
 * For Promise.prototype.then: calls `callThen` with handlers that note the outcome and tags the
 * promise it returns. Semantics and microtask order are unchanged (same calls, same values).
 */
export function tagThen(parent: object, onFulfilled: unknown, onRejected: unknown,
  callThen: (f: unknown, r: unknown) => Promise<unknown>): Promise<unknown> {
  const rec: Rec = { state: 'pending', value: undefined };
  const f = typeof onFulfilled === 'function' ? noting(rec, onFulfilled) : onFulfilled;
  const r = typeof onRejected === 'function' ? noting(rec, onRejected) : onRejected;
  if (typeof onFulfilled !== 'function' || typeof onRejected !== 'function') {
    rec.parent = parent;
    rec.passFulfilled = typeof onFulfilled !== 'function';
    rec.passRejected = typeof onRejected !== 'function';
  }
  const derived = callThen(f, r);
  if (typeof derived === 'object' && derived !== null) ReflectApply(weakSet, records, [derived, rec]);
  return derived;
}

export function installPromiseTags(): void {
  let wrapper: PromiseConstructor;
  const handler = {
    construct(target: PromiseConstructor, args: unknown[], newTarget: Function) {
      const executor = args[0];
      if (typeof executor !== 'function') return ReflectConstruct(target, args, newTarget);
      const rec: Rec = { state: 'pending', value: undefined };
      // Anonymous functions of length 1, like V8's own resolving functions.
      const tagged = [function (resolve: (v: unknown) => void, rejectFn: (r: unknown) => void) {
        const res = [function (v: unknown) { settle(rec, v); return ReflectApply(resolve, undefined, [v]); }][0];
        const rej = [function (r: unknown) { reject(rec, r); return ReflectApply(rejectFn, undefined, [r]); }][0];
        return ReflectApply(executor, undefined, [res, rej]);
      }][0];
      const p = ReflectConstruct(target, [tagged], newTarget) as object;
      ReflectApply(weakSet, records, [p, rec]);
      return p;
    },
  };
  wrapper = new OriginalProxy(OriginalPromise, handler);
  const originalResolve = OriginalPromise.resolve;
  const resolve = {
    resolve(this: unknown, v: unknown) {
      // The real constructor, so `Promise.resolve(p) === p` for native promises as in Node.
      const p = ReflectApply(originalResolve, this === wrapper ? OriginalPromise : this, [v]) as object;
      if (p !== v && ReflectApply(weakGet, records, [p]) === undefined) {
        const rec: Rec = { state: 'pending', value: undefined };
        settle(rec, v);
        ReflectApply(weakSet, records, [p, rec]);
      }
      return p;
    },
  }.resolve;
  ObjectDefineProperty(OriginalPromise, 'resolve', { value: resolve, writable: true, configurable: true });
  ObjectDefineProperty(G, 'Promise', { value: wrapper, writable: true, configurable: true });
}
