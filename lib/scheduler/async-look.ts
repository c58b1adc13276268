// Makes the instrumenter's wrappers of async functions indistinguishable from Node's async
// functions: AsyncFunction's prototype (so `[object AsyncFunction]`, `constructor.name`), the
// spec's `length`, and Function.prototype.toString returning the user's own source text.
import {
  FunctionPrototypeToString, ObjectDefineProperty, ObjectGetOwnPropertyDescriptor, ObjectGetPrototypeOf,
  ObjectSetPrototypeOf, ReflectApply, StringPrototypeSlice, WeakMapCtor, WeakMapPrototypeGet, WeakMapPrototypeSet,
} from './intrinsics.ts';

const AsyncFunctionPrototype = ObjectGetPrototypeOf(async function () {}) as object;
/** Function or class → [start, end) of its text in the user's source. */
const ranges = new WeakMapCtor<object, number[]>();
/** Returns the user's source; the program's own hoisted function (abi.ts), known after the first call. */
let sourceOf: (() => unknown) | null = null;

function record(target: object, start: unknown, end: unknown, src: unknown): void {
  if (typeof start !== 'number' || typeof end !== 'number' || !(start <= end)) return;
  if (sourceOf === null && typeof src === 'function') sourceOf = src as () => unknown;
  WeakMapPrototypeSet(ranges, target, [start, end]);
}

/** Gives an instrumented async function its look; returns it. */
export function lookAsync<T>(fn: T, length: unknown, start: unknown, end: unknown, src: unknown): T {
  if (typeof fn !== 'function') return fn;
  if (typeof length === 'number') ObjectDefineProperty(fn, 'length', { value: length });
  ObjectSetPrototypeOf(fn, AsyncFunctionPrototype);
  record(fn, start, end, src);
  return fn;
}

/** Applies lookAsync to holder's own methods listed as [key, length, start, end, …]; returns holder. */
export function lookAsyncMethods<T>(holder: T, entries: unknown, src: unknown): T {
  if ((typeof holder !== 'object' && typeof holder !== 'function') || holder === null) return holder;
  const list = entries as unknown[];
  for (let i = 0; i + 3 < list.length; i += 4) {
    const desc = ObjectGetOwnPropertyDescriptor(holder, list[i] as string);
    if (desc !== undefined && typeof desc.value === 'function') lookAsync(desc.value, list[i + 1], list[i + 2], list[i + 3], src);
  }
  return holder;
}

/** Records a class's source text (its instrumented text holds a static block of ours). */
export function recordSource(target: unknown, start: unknown, end: unknown, src: unknown): void {
  if (typeof target === 'function') record(target, start, end, src);
}

/**
 * Function.prototype.toString: the user's text for what the instrumenter rewrote, V8's own answer
 * (same errors for non-functions) for everything else. It calls itself native, as Node's does.
 */
export function installToString(): void {
  const FunctionPrototype = ObjectGetPrototypeOf(AsyncFunctionPrototype) as { toString: unknown };
  const toString = {
    toString(this: unknown): string {
      if (this === toString) return 'function toString() { [native code] }';
      const range = typeof this === 'function' ? WeakMapPrototypeGet(ranges, this) : undefined;
      if (range !== undefined && sourceOf !== null) {
        const text = ReflectApply(sourceOf, undefined, []);
        if (typeof text === 'string') return StringPrototypeSlice(text, range[0], range[1]);
      }
      return FunctionPrototypeToString(this);
    },
  }.toString;
  ObjectDefineProperty(FunctionPrototype, 'toString', { value: toString, writable: true, configurable: true, enumerable: false });
}
