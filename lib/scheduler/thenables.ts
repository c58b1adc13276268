// Attribution of thenables: V8 calls a thenable's `then` in a later microtask, when S.current names
// whichever task ran last. For `await thenable`, `return thenable` from an async function and
// resolving a promise with one (resolve(thenable), Promise.resolve(thenable)), V8 is handed a
// stand-in whose `then` runs the real one as the task that awaited or resolved, so what it prints
// belongs to that task, as in the code.
import { ObjectGetOwnPropertyDescriptor, ObjectGetPrototypeOf, PromiseCtor, ReflectApply } from './intrinsics.ts';
import { proxyDetails } from './proxy-tags.ts';
import { type Rec, adopted, recordOf } from './promise-records.ts';
import { showAs } from './native-looks.ts';
import { S } from './state.ts';

const PromisePrototype = PromiseCtor.prototype;

/**
 * V8's resolving functions for the promise `rec` records, as the thenable's then gets them: the
 * first call of either tells the record its outcome (adopted), then V8's runs. They look like V8's.
 */
function notingFunctions(rec: Rec, resolve: unknown, reject: unknown, owner: number): [unknown, unknown] {
  if (typeof resolve !== 'function' || typeof reject !== 'function') return [resolve, reject];
  let done = false;
  const res = [function (x: unknown) {
    if (done) return ReflectApply(resolve, undefined, [x]);
    done = true;
    adopted(rec, 'fulfilled', x);
    return ReflectApply(resolve, undefined, [attributeResolution(x, owner, rec)]);
  }][0];
  const rej = [function (e: unknown) {
    if (!done) { done = true; adopted(rec, 'rejected', e); }
    return ReflectApply(reject, undefined, [e]);
  }][0];
  showAs(res, NATIVE_ANONYMOUS);
  showAs(rej, NATIVE_ANONYMOUS);
  return [res, rej];
}
const NATIVE_ANONYMOUS = 'function () { [native code] }';

/**
 * `{ then }` calling v's then (read already, as V8 would read it now) with S.current = owner; with
 * the record of the promise it resolves, whose state it notes when the thenable calls back.
 */
function standIn(v: object, then: Function, owner: number, rec?: Rec): object {
  return {
    then(resolve: unknown, reject: unknown) {
      const prev = S.current;
      S.current = owner;
      try {
        if (rec !== undefined) [resolve, reject] = notingFunctions(rec, resolve, reject, owner);
        return ReflectApply(then, v, [resolve, reject]);
      } finally {
        S.current = prev;
      }
    },
  };
}

/**
 * What `await` should receive instead of v. A native promise is returned as is: await reads no
 * `then` from it, so a stand-in would add ticks. For anything else `then` is read here once, as
 * await itself would read it at this very point (and a throwing getter rejects the await, as in
 * Node); a callable `then` is wrapped, so V8 reads the stand-in's plain data property instead.
 */
export function attributeThenable(v: unknown, owner: number): unknown {
  if ((typeof v !== 'object' && typeof v !== 'function') || v === null) return v;
  try {
    if (ObjectGetPrototypeOf(v) === PromisePrototype) return v;
  } catch {
    return v; // a Proxy whose trap throws: leave the value to await exactly as it is
  }
  let then: unknown;
  try {
    then = (v as { then?: unknown }).then;
  } catch (e) {
    return new PromiseCtor((_, reject) => reject(e));
  }
  if (typeof then !== 'function') return v;
  return standIn(v, then, owner);
}

/**
 * The callable `then` of v when reading it runs no program code (a data property, no proxy on the
 * way) and v is no promise of any kind (Promise.resolve must see a promise itself, and a promise's
 * own `then` runs no program code); else undefined.
 */
function plainThen(v: object): Function | undefined {
  let o: object | null = v;
  let then: unknown;
  while (o !== null) {
    if (o === PromisePrototype || proxyDetails(o) !== undefined) return undefined;
    if (then === undefined) {
      const d = ObjectGetOwnPropertyDescriptor(o, 'then');
      if (d !== undefined) {
        if (!('value' in d) || typeof d.value !== 'function') return undefined;
        then = d.value;
      }
    }
    o = ObjectGetPrototypeOf(o);
  }
  return then as Function | undefined;
}

/**
 * What a resolution with v (an async function's return value, resolve(v), Promise.resolve(v))
 * should hand V8: a stand-in when v is a thenable whose `then` can be read ahead unseen, so it runs
 * as `owner`, the task that resolved; v itself otherwise. Same `then`, same this, same ticks.
 */
export function attributeResolution(v: unknown, owner: number, rec?: Rec): unknown {
  if ((typeof v !== 'object' && typeof v !== 'function') || v === null) return v;
  let then: Function | undefined;
  try {
    // The common case first: a promise the tags know (Promise.all resolves each element), by its
    // private field, which no Proxy trap sees.
    if (recordOf(v) !== undefined) return v;
    then = plainThen(v);
  } catch {
    return v;
  }
  return then === undefined ? v : standIn(v, then, owner, rec);
}
