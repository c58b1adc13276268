// Makes the instrumenter's wrappers of async functions indistinguishable from Node's async
// functions: AsyncFunction's prototype (so `[object AsyncFunction]`, `constructor.name`), the
// spec's `length`, and Function.prototype.toString returning the user's own source text, for
// them (recorded ranges) and for every other function or class (the `/*@tl:s:e*/` end marker).
import { HARNESS_MARK, HIDDEN_HARNESS_SOURCE } from './abi.ts';
import { nativeText, sharedText } from './native-looks.ts';
import {
  FunctionPrototypeToString, StringPrototypeIncludes, NumberParseInt, StringPrototypeCharCodeAt, StringPrototypeIndexOf, uncurryThis, ObjectDefineProperty, ObjectGetOwnPropertyDescriptor, ObjectGetPrototypeOf,
  ObjectSetPrototypeOf, ReflectApply, ReflectOwnKeys, StringPrototypeSlice, WeakMapCtor, WeakMapPrototypeGet, WeakMapPrototypeSet,
} from './intrinsics.ts';

const AsyncFunctionPrototype = ObjectGetPrototypeOf(async function () {}) as object;
/** Function or class → [start, end) of its text in the user's source. */
const ranges = new WeakMapCtor<object, number[]>();
/** Returns the user's source; the program's own hoisted function (abi.ts), known after the first call. */
let sourceOf: (() => unknown) | null = null;

const StringPrototypeLastIndexOf = uncurryThis(String.prototype.lastIndexOf);
const MARKER = '/*@tl:';

function record(target: object, start: unknown, end: unknown, src: unknown): void {
  if (sourceOf === null && typeof src === 'function') sourceOf = src as () => unknown;
  if (typeof start !== 'number' || typeof end !== 'number' || !(start <= end)) return;
  WeakMapPrototypeSet(ranges, target, [start, end]);
}

/** True when only spaces, `;`, `}` and `)` follow position i: the marker closes the text. */
function onlyClosersAfter(text: string, i: number): boolean {
  for (; i < text.length; i++) {
    const c = StringPrototypeCharCodeAt(text, i);
    if (c !== 32 && c !== 10 && c !== 59 && c !== 125 && c !== 41) return false;
  }
  return true;
}

/**
 * Functions made at run time by Function/AsyncFunction/eval are not the program's: V8 writes
 * their text as `function anonymous(<params>\n) {\n<body>\n}`, and a marker in them is the
 * program's own text, to be shown as is (as Node would).
 */
function isRuntimeFunction(text: string): boolean {
  const head = StringPrototypeIndexOf(text, 'anonymous(');
  return head >= 0 && head <= 16 && StringPrototypeIndexOf(text, '\n) {\n') > head;
}

/** The source range named by the marker that ends V8's text of an instrumented function or class. */
function markedRange(text: string): number[] | undefined {
  if (isRuntimeFunction(text)) return undefined;
  const at = StringPrototypeLastIndexOf(text, MARKER);
  if (at < 0) return undefined;
  const close = StringPrototypeIndexOf(text, '*/', at);
  if (close < 0 || !onlyClosersAfter(text, close + 2)) return undefined;
  const colon = StringPrototypeIndexOf(text, ':', at + MARKER.length);
  if (colon < 0 || colon > close) return undefined;
  const start = NumberParseInt(StringPrototypeSlice(text, at + MARKER.length, colon), 10);
  const end = NumberParseInt(StringPrototypeSlice(text, colon + 1, close), 10);
  return start >= 0 && start <= end ? [start, end] : undefined;
}

/** Gives an instrumented async function its look; returns it. */
export function lookAsync<T>(fn: T, length: unknown, start: unknown, end: unknown, src: unknown): T {
  if (typeof fn !== 'function') return fn;
  // The outer function takes `...__tl_a`, so its own length is already 0.
  if (typeof length === 'number' && length !== 0) ObjectDefineProperty(fn, 'length', { value: length });
  ObjectSetPrototypeOf(fn, AsyncFunctionPrototype);
  record(fn, start, end, src);
  return fn;
}

/** The holder's own method whose text ends with the marker of [start, end) (a computed key's method). */
function markedMethod(holder: object, start: unknown, end: unknown): unknown {
  const keys = ReflectOwnKeys(holder);
  for (let i = 0; i < keys.length; i++) {
    const desc = ObjectGetOwnPropertyDescriptor(holder, keys[i]);
    if (desc === undefined || typeof desc.value !== 'function') continue;
    const range = markedRange(FunctionPrototypeToString(desc.value));
    if (range !== undefined && range[0] === start && range[1] === end) return desc.value;
  }
  return undefined;
}

/**
 * Applies lookAsync to holder's own methods listed as [key, length, start, end, …]; returns holder.
 * A null key is a computed one, evaluated once by the program: its method is found by its marker.
 */
export function lookAsyncMethods<T>(holder: T, entries: unknown, src: unknown): T {
  if ((typeof holder !== 'object' && typeof holder !== 'function') || holder === null) return holder;
  const list = entries as unknown[];
  for (let i = 0; i + 3 < list.length; i += 4) {
    if (list[i] === null) {
      const method = markedMethod(holder, list[i + 2], list[i + 3]);
      if (method !== undefined) lookAsync(method, list[i + 1], list[i + 2], list[i + 3], src);
      continue;
    }
    const desc = ObjectGetOwnPropertyDescriptor(holder, list[i] as string);
    if (desc !== undefined && typeof desc.value === 'function') lookAsync(desc.value, list[i + 1], list[i + 2], list[i + 3], src);
  }
  return holder;
}

/** Records a class's source text (its instrumented text holds a static block of ours). */
export function recordSource(target: unknown, start: unknown, end: unknown, src: unknown): void {
  if (typeof target === 'function') record(target, start, end, src);
  else if (sourceOf === null && typeof src === 'function') sourceOf = src as () => unknown;
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
      const node = nativeText(this); // a built-in of ours: the text Node shows for its own
      if (node !== undefined) return node;
      const native = FunctionPrototypeToString(this); // throws V8's own TypeError for non-functions
      const shared = sharedText(native); // a resolving function of ours: V8's look
      if (shared !== undefined) return shared;
      // A classroom harness's functions never show their text to student code (harness-phase.ts).
      if (StringPrototypeIncludes(native, HARNESS_MARK)) return HIDDEN_HARNESS_SOURCE;
      const range = WeakMapPrototypeGet(ranges, this as object) ?? markedRange(native);
      if (range !== undefined && sourceOf !== null) {
        const text = ReflectApply(sourceOf, undefined, []);
        if (typeof text === 'string' && range[1] <= text.length) return StringPrototypeSlice(text, range[0], range[1]);
      }
      return native;
    },
  }.toString;
  ObjectDefineProperty(FunctionPrototype, 'toString', { value: toString, writable: true, configurable: true, enumerable: false });
}
