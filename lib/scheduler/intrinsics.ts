// Built-ins the scheduler relies on, captured when the bundle loads (before any user code runs),
// so a program that redefines Array.prototype.push, JSON, Map.prototype.get… cannot break or forge
// the trace. Prototype methods are "uncurried": call them as fn(receiver, ...args).

const bind = Function.prototype.bind;
const call = Function.prototype.call;
/** uncurryThis(f)(self, ...args) === f.call(self, ...args), immune to later prototype edits. */
export const uncurryThis = bind.bind(call) as <T extends (...a: any[]) => any>(
  fn: T,
) => (self: unknown, ...args: Parameters<T>) => ReturnType<T>;
const getter = (proto: object, key: PropertyKey) =>
  uncurryThis(Object.getOwnPropertyDescriptor(proto, key)!.get!) as (self: unknown) => any;

export const G = globalThis as any;
export const ReflectApply = Reflect.apply;
export const ReflectConstruct = Reflect.construct;
export const ReflectOwnKeys = Reflect.ownKeys;
export const ObjectCreate = Object.create;
export const ObjectDefineProperty = Object.defineProperty;
export const ObjectFreeze = Object.freeze;
export const ObjectKeys = Object.keys;
export const ObjectGetOwnPropertyNames = Object.getOwnPropertyNames;
export const ObjectGetOwnPropertySymbols = Object.getOwnPropertySymbols;
export const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
export const ObjectGetPrototypeOf = Object.getPrototypeOf;
export const ObjectSetPrototypeOf = Object.setPrototypeOf;
export const ObjectIs = Object.is;
export const ObjectHasOwn = Object.hasOwn;
export const ObjectPrototypeToString = uncurryThis(Object.prototype.toString);
export const ObjectPrototypePropertyIsEnumerable = uncurryThis(Object.prototype.propertyIsEnumerable);
export const FunctionPrototypeToString = uncurryThis(Function.prototype.toString);

export const ArrayIsArray = Array.isArray;
export const ArrayPrototypeJoin = uncurryThis(Array.prototype.join);
export const ArrayPrototypeIndexOf = uncurryThis(Array.prototype.indexOf);
export const ArrayPrototypeSplice = uncurryThis(Array.prototype.splice);
export const ArrayPrototypeSlice = uncurryThis(Array.prototype.slice);
export const ArrayPrototypeIncludes = uncurryThis(Array.prototype.includes);
export const ArrayFrom = Array.from;

export const StringCtor = String;
export const StringPrototypeSlice = uncurryThis(String.prototype.slice);
export const StringPrototypeIncludes = uncurryThis(String.prototype.includes);
export const StringPrototypeIndexOf = uncurryThis(String.prototype.indexOf);
export const StringPrototypeRepeat = uncurryThis(String.prototype.repeat);
export const StringPrototypePadStart = uncurryThis(String.prototype.padStart);
export const StringPrototypePadEnd = uncurryThis(String.prototype.padEnd);
export const StringPrototypeCharCodeAt = uncurryThis(String.prototype.charCodeAt);
export const StringPrototypeStartsWith = uncurryThis(String.prototype.startsWith);
export const StringPrototypeToLowerCase = uncurryThis(String.prototype.toLowerCase);
export const RegExpPrototypeExec = uncurryThis(RegExp.prototype.exec);
export const RegExpPrototypeToString = uncurryThis(RegExp.prototype.toString);
export const RegExpPrototypeGetSource = getter(RegExp.prototype, 'source');
export const SymbolIterator = Symbol.iterator;
export const SymbolAsyncIterator = Symbol.asyncIterator;
export const SymbolToStringTag = Symbol.toStringTag;
export const SymbolPrototypeToString = uncurryThis(Symbol.prototype.toString);
export const SymbolFor = Symbol.for;

export const JSONStringify = JSON.stringify;
export const JSONParse = JSON.parse;
export const MathFloor = Math.floor;
export const MathTrunc = Math.trunc;
export const MathMin = Math.min;
export const MathMax = Math.max;
export const MathRound = Math.round;
export const MathSqrt = Math.sqrt;
export const MathImul = Math.imul;
export const NumberIsNaN = Number.isNaN;
export const NumberIsInteger = Number.isInteger;
export const BigIntCtor = BigInt;
export const NumberCtor = Number;
export const NumberParseInt = Number.parseInt;
export const NumberParseFloat = Number.parseFloat;
export const NumberPrototypeToFixed = uncurryThis(Number.prototype.toFixed);
export const NumberPrototypeValueOf = uncurryThis(Number.prototype.valueOf);
export const StringPrototypeValueOf = uncurryThis(String.prototype.valueOf);
export const BooleanPrototypeValueOf = uncurryThis(Boolean.prototype.valueOf);
export const BigIntPrototypeValueOf = uncurryThis(BigInt.prototype.valueOf);
export const SymbolPrototypeValueOf = uncurryThis(Symbol.prototype.valueOf);

export const MapCtor = Map;
export const MapPrototypeGet = uncurryThis(Map.prototype.get);
export const MapPrototypeSet = uncurryThis(Map.prototype.set);
export const MapPrototypeHas = uncurryThis(Map.prototype.has);
export const MapPrototypeDelete = uncurryThis(Map.prototype.delete);
export const MapPrototypeForEach = uncurryThis(Map.prototype.forEach);
export const MapPrototypeGetSize = getter(Map.prototype, 'size');
export const SetCtor = Set;
export const SetPrototypeForEach = uncurryThis(Set.prototype.forEach);
export const SetPrototypeGetSize = getter(Set.prototype, 'size');
export const WeakMapCtor = WeakMap;
export const WeakMapPrototypeGet = uncurryThis(WeakMap.prototype.get);
export const WeakMapPrototypeSet = uncurryThis(WeakMap.prototype.set);
export const WeakMapPrototypeHas = uncurryThis(WeakMap.prototype.has);
export const WeakSetPrototypeHas = uncurryThis(WeakSet.prototype.has);
export const ArrayBufferPrototypeGetByteLength = getter(ArrayBuffer.prototype, 'byteLength');
export const TypedArrayPrototypeGetSymbolToStringTag = getter(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag);

export const PromiseCtor = Promise;
export const PromisePrototypeThen = uncurryThis(Promise.prototype.then);
export const PromiseResolve = Promise.resolve.bind(Promise) as <T>(v: T) => Promise<Awaited<T>>;
export const PromiseReject = Promise.reject.bind(Promise) as <T = never>(e: unknown) => Promise<T>;
export const PromiseAll = Promise.all;
export const PromiseRace = Promise.race;
export const PromiseAny = Promise.any;
export const PromiseAllSettled = Promise.allSettled;
export const ErrorCtor = Error;
export const TypeErrorCtor = TypeError;
export const RangeErrorCtor = RangeError;
export const DateCtor = Date;
export const DatePrototypeGetTime = uncurryThis(Date.prototype.getTime);
export const DatePrototypeToISOString = uncurryThis(Date.prototype.toISOString);
export const DatePrototypeToString = uncurryThis(Date.prototype.toString);

/** A fresh array with no prototype: index writes can't hit setters a program put on Array.prototype. */
export function safeArray<T>(): T[] {
  return ObjectSetPrototypeOf([], null) as T[];
}
/** Sets a user-visible array's element without running setters a program put on Array.prototype. */
export function defineIndex(arr: unknown[], i: number, v: unknown): void {
  ObjectDefineProperty(arr, i, { value: v, writable: true, enumerable: true, configurable: true });
}
/** Appends by index (never looks up push). */
export function append<T>(arr: T[], v: T): void {
  arr[arr.length] = v;
}

// Text helpers that never reach a symbol method: String.prototype.split/replace/replaceAll look up
// [Symbol.split]/[Symbol.replace] on their argument even when it is a plain string, so a program
// that redefined String.prototype[Symbol.split] forged console.trace frames and error lines.

/** `s` split at each `sep` (non-empty), found with indexOf only. */
export function splitText(s: string, sep: string): string[] {
  const out = safeArray<string>();
  let from = 0;
  for (let at = StringPrototypeIndexOf(s, sep, from); at !== -1; at = StringPrototypeIndexOf(s, sep, from)) {
    append(out, StringPrototypeSlice(s, from, at));
    from = at + sep.length;
  }
  append(out, StringPrototypeSlice(s, from));
  return out;
}

/** `s` with every `find` (non-empty) replaced by `by`, literally (built by concatenation: inspect calls it per nesting level). */
export function replaceAllText(s: string, find: string, by: string): string {
  let at = StringPrototypeIndexOf(s, find);
  if (at === -1) return s;
  let out = '';
  let from = 0;
  for (; at !== -1; at = StringPrototypeIndexOf(s, find, from)) {
    out += StringPrototypeSlice(s, from, at) + by;
    from = at + find.length;
  }
  return out + StringPrototypeSlice(s, from);
}

/** Pieces of `s` each ending just after a newline, as s.split(/(?<=\n)/) gives them. */
export function splitAfterNewlines(s: string): string[] {
  const out = safeArray<string>();
  let from = 0;
  for (let at = StringPrototypeIndexOf(s, '\n', from); at !== -1 && at + 1 < s.length; at = StringPrototypeIndexOf(s, '\n', from)) {
    append(out, StringPrototypeSlice(s, from, at + 1));
    from = at + 1;
  }
  append(out, StringPrototypeSlice(s, from));
  return out;
}
