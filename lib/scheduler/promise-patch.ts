// Patches the global Promise so the trace sees what await cannot tell it: Promise.prototype.then
// runs callbacks as the task that registered them and marks task promises observed; the
// combinators label their results (`Promise.all(3)`). Each patch calls the captured original
// synchronously, so no microtask tick is added and ordering stays exactly Node's.
import {
  ArrayIsArray, ObjectDefineProperty, PromiseAll, PromiseAllSettled, PromiseAny, PromiseCtor, PromiseRace,
  ReflectApply,
} from './intrinsics.ts';
import { S } from './state.ts';
import { label, observe } from './promises.ts';
import { tagThen } from './promise-tags.ts';
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

function combinator(name: string, original: (...a: any[]) => Promise<unknown>) {
  const wrapped = {
    [name](this: unknown, iterable: unknown) {
      const p = ReflectApply(original, this, [iterable]) as Promise<unknown>;
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
  combinator('all', PromiseAll);
  combinator('race', PromiseRace);
  combinator('any', PromiseAny);
  combinator('allSettled', PromiseAllSettled);
  installReflectConstruct();
}
