// The state of what Promise.all, allSettled, race and any return, for console output: V8 builds
// these promises and their element functions itself, so while the combinator iterates, each
// `then` it calls on an element (tagThen asks elementHandlers) gets functions that count and note
// the outcomes as V8's own run, and the result settles in the record exactly when V8 settles it.
import { ArrayIsArray, ObjectDefineProperty, ObjectGetOwnPropertyDescriptor, ObjectGetPrototypeOf, SymbolIterator } from './intrinsics.ts';
import { type Rec, newRec, reject, settle } from './promise-records.ts';

type Kind = 'all' | 'allSettled' | 'race' | 'any';
interface Combining { kind: Kind; rec: Rec; count: number; left: number; values: unknown[]; done: boolean }

/** The combinator call whose element `then`s are being made (innermost), or null. */
let current: Combining | null = null;

const ArrayPrototype = Array.prototype;
const AggregateErrorCtor = AggregateError;
const arrayValues = Array.prototype[Symbol.iterator];

/** An array iterated by the realm's own iterator (no program code runs, no step can throw). */
function plainArray(v: unknown): boolean {
  if (!ArrayIsArray(v) || ObjectGetPrototypeOf(v) !== ArrayPrototype) return false;
  if (ObjectGetOwnPropertyDescriptor(v, SymbolIterator) !== undefined) return false;
  const d = ObjectGetOwnPropertyDescriptor(ArrayPrototype, SymbolIterator);
  return d !== undefined && d.value === arrayValues;
}

/** Runs `call` (the original combinator) noting its result's outcome when the iterable is a plain array. */
export function combining(kind: Kind, iterable: unknown, call: () => unknown): { result: unknown; rec: Rec | undefined } {
  if (!plainArray(iterable)) return { result: call(), rec: undefined };
  const length = (iterable as unknown[]).length;
  const c: Combining = { kind, rec: newRec(), count: 0, left: 0, values: [], done: false };
  const outer = current;
  current = c;
  let result: unknown;
  try {
    result = call();
  } finally {
    current = outer;
  }
  // Each element's then was ours: else the count is not V8's and the outcome stays unknown.
  if (c.count !== length) return { result, rec: undefined };
  c.left += c.count;
  // An empty list: V8 settled the result already (race never does).
  if (c.count === 0 && kind !== 'race') done(c, kind === 'any' ? 'rejected' : 'fulfilled', kind === 'any' ? allRejected(c.values) : c.values);
  return { result, rec: c.rec };
}

/**
 * What Promise.any rejects with when every element rejected, as V8 makes it: made in a built-in,
 * its stack is its header alone, so Node prints `[AggregateError: All promises were rejected] { [errors]: […] }`.
 */
function allRejected(errors: unknown[]): Error {
  const e = new AggregateErrorCtor(errors, 'All promises were rejected');
  ObjectDefineProperty(e, 'stack', { value: 'AggregateError: All promises were rejected', writable: true, enumerable: false, configurable: true });
  return e;
}

function done(c: Combining, state: 'fulfilled' | 'rejected', v: unknown): void {
  if (c.done) return;
  c.done = true;
  if (state === 'fulfilled') settle(c.rec, v);
  else reject(c.rec, v);
}

/** One element settled (its first call only, as V8's element functions); the result may settle with it. */
function element(c: Combining, i: number, state: 'fulfilled' | 'rejected', v: unknown): void {
  if (c.kind === 'race' || (c.kind === 'all' && state === 'rejected') || (c.kind === 'any' && state === 'fulfilled')) return done(c, state, v);
  if (c.kind === 'allSettled') c.values[i] = state === 'fulfilled' ? { status: 'fulfilled', value: v } : { status: 'rejected', reason: v };
  else c.values[i] = v; // all: the values; any: the reasons
  if (--c.left === 0) c.kind === 'any' ? done(c, 'rejected', allRejected(c.values)) : done(c, 'fulfilled', c.values);
}

/** For tagThen: the element functions V8 passes, wrapped to note the outcome, or null outside a combinator. */
export function elementHandlers(f: unknown, r: unknown): [unknown, unknown] | null {
  const c = current;
  if (c === null || typeof f !== 'function' || typeof r !== 'function') return null;
  const i = c.count++;
  c.values[i] = undefined;
  let called = false;
  return [
    function (v: unknown) { if (!called) { called = true; element(c, i, 'fulfilled', v); } return f(v); },
    function (e: unknown) { if (!called) { called = true; element(c, i, 'rejected', e); } return r(e); },
  ];
}
