// Remembers the state of the promises a program creates, so console output can print
// `Promise { 42 }`, `Promise { <pending> }` and `Promise { <rejected> … }` as Node does.
//
// Why a tag: a promise's state is internal to V8; JavaScript can only learn it a microtask later
// (too late for a synchronous console.log, and the extra reaction would mark rejections handled),
// and isolated-vm offers no host-side probe. So the global `Promise` becomes a Proxy of the real
// constructor whose `construct` trap hands the executor resolve/reject functions that note the
// outcome first. `Promise[Symbol.species]` answers that wrapper, so the promises `then` derives
// are created (and tagged) the same way; `Promise.resolve` tags what it creates. Promise.prototype
// and `constructor` stay the real ones: `await` keeps V8's fast path and Node's microtask order.
// Async functions' promises are task promises: the scheduler already knows their state.
import { G, ObjectDefineProperty, ObjectGetOwnPropertyDescriptor, ObjectGetPrototypeOf, ReflectApply, ReflectConstruct } from './intrinsics.ts';
import { proxyDetails } from './proxy-tags.ts';
import { taskOf } from './promises.ts';

type State = 'pending' | 'fulfilled' | 'rejected' | 'follows';
interface Rec { state: State; value: unknown }
/** How many promises deep a chain of "resolved with another promise" is followed when printing. */
const MAX_FOLLOW_DEPTH = 32;

const OriginalPromise = Promise;
const OriginalProxy = Proxy;
const WeakMapCtor = WeakMap;
const weakGet = WeakMap.prototype.get;
const weakSet = WeakMap.prototype.set;
const records: WeakMap<object, Rec> = new WeakMapCtor();

/** What resolving with `v` does, decided without running user code (no getters, no traps). */
function settle(rec: Rec, v: unknown): void {
  if (rec.state !== 'pending') return;
  rec.value = v;
  if ((typeof v !== 'object' && typeof v !== 'function') || v === null) { rec.state = 'fulfilled'; return; }
  if (proxyDetails(v) !== undefined) { rec.state = 'follows'; return; }
  let o: object | null = v;
  while (o !== null) {
    const d = ObjectGetOwnPropertyDescriptor(o, 'then');
    if (d !== undefined) {
      rec.state = 'value' in d && typeof d.value !== 'function' ? 'fulfilled' : 'follows';
      return;
    }
    o = ObjectGetPrototypeOf(o);
  }
  rec.state = 'fulfilled';
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
    if (rec.state !== 'follows') return [rec.state, rec.value];
    // Adopting a settled promise takes V8 two more microtasks; Node may still show <pending> then.
    if (typeof rec.value !== 'object' || rec.value === null) return ['pending', undefined];
    p = rec.value;
  }
  return ['pending', undefined];
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
  const species = { get [Symbol.species]() { return this === OriginalPromise ? wrapper : this; } };
  ObjectDefineProperty(OriginalPromise, Symbol.species, {
    get: ObjectGetOwnPropertyDescriptor(species, Symbol.species)!.get, configurable: true,
  });
  ObjectDefineProperty(G, 'Promise', { value: wrapper, writable: true, configurable: true });
}
