// Patches the global Promise so the trace sees what await cannot tell it: Promise.prototype.then
// runs callbacks as the task that registered them and marks task promises observed; the
// combinators label their results (`Promise.all(3)`). Each patch calls the captured original
// synchronously, so no microtask tick is added and ordering stays exactly Node's.
import {
  ArrayIsArray, ObjectDefineProperty, ObjectGetOwnPropertyDescriptor, PromiseAll, PromiseAllSettled, PromiseAny, PromiseCtor, PromiseRace,
  ReflectApply,
} from './intrinsics.ts';
import { S } from './state.ts';
import { label, observe } from './promises.ts';
import { tagThen, tagsResolve } from './promise-tags.ts';
import { combining } from './promise-combinators.ts';
import { adoption, stamp } from './promise-records.ts';
import { installReflectConstruct } from './promise-construct.ts';

const originalThen = PromiseCtor.prototype.then;

/** The installed Promise.prototype.then (Task handles call it too, for attribution). */
export const patchedThen = {
  then(this: Promise<unknown>, onFulfilled?: unknown, onRejected?: unknown) {
    observe(this);
    const owner = S.current;
    // tagThen (promise-tags.ts) runs the handlers as `owner` and notes the derived promise's
    // outcome for console output.
    return tagThen(this, onFulfilled, onRejected, owner, (f, r) => ReflectApply(originalThen, this, [f, r]));
  },
}.then;

function ownMethod(o: object, key: string): unknown {
  const d = ObjectGetOwnPropertyDescriptor(o, key);
  return d === undefined ? undefined : d.value;
}

function combinator(name: string, original: (...a: any[]) => Promise<unknown>) {
  const wrapped = {
    [name](this: unknown, iterable: unknown) {
      const call = () => ReflectApply(original, this, [iterable]);
      // Its outcome is noted only while Promise.resolve and then are the ones V8 would call of ours.
      const tracked = this === PromiseCtor && ownMethod(PromiseCtor, 'resolve') === tagsResolve.fn && ownMethod(PromiseCtor.prototype, 'then') === patchedThen
        ? combining(name as 'all', iterable, call) : { result: call(), rec: undefined };
      const p = tracked.result as Promise<unknown>;
      if (tracked.rec !== undefined && typeof p === 'object' && p !== null) stamp(p, tracked.rec);
      const n = ArrayIsArray(iterable) ? '' + (iterable as unknown[]).length : '';
      return label(p, 'Promise.' + name + '(' + n + ')');
    },
  }[name];
  ObjectDefineProperty(PromiseCtor, name, { value: wrapped, writable: true, configurable: true });
}

export function patchPromise(): void {
  // Writable and configurable, as in Node: a read-only `then` on the prototype would make every
  // `promise.then = …` assignment throw in strict code (test262 patches instances this way). A
  // program that replaces it loses task attribution for its own then calls, nothing else: the
  // scheduler never calls `then` (see whenSettled).
  ObjectDefineProperty(PromiseCtor.prototype, 'then', { value: patchedThen, writable: true, configurable: true });
  adoption.then = patchedThen;
  combinator('all', PromiseAll);
  combinator('race', PromiseRace);
  combinator('any', PromiseAny);
  combinator('allSettled', PromiseAllSettled);
  installReflectConstruct();
}
