// Attribution of thenables: `await thenable` makes V8 call its `then` in a later microtask, when
// S.current names whichever task ran last. The awaiting hook hands await a stand-in whose `then`
// runs the real one as the awaiting task, so what it prints belongs to that task, as in the code.
import { ObjectGetPrototypeOf, PromiseCtor, ReflectApply } from './intrinsics.ts';
import { S } from './state.ts';

const PromisePrototype = PromiseCtor.prototype;

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
  return {
    then(resolve: unknown, reject: unknown) {
      const prev = S.current;
      S.current = owner;
      try {
        return ReflectApply(then as (...a: unknown[]) => unknown, v, [resolve, reject]);
      } finally {
        S.current = prev;
      }
    },
  };
}
