// formatRaw, the heart of util.inspect: picks how an object prints (array, Set/Map, typed array,
// iterator, function, RegExp, Date, Error, ArrayBuffer, DataView, Promise, boxed primitive, plain
// object) from brand checks on captured built-ins, then lays its entries and own keys out.
import {
  ArrayIsArray, ObjectGetOwnPropertyDescriptor, ObjectGetPrototypeOf, DatePrototypeGetTime, DatePrototypeToISOString, DatePrototypeToString, ErrorCtor, MapPrototypeGet,
  MapPrototypeGetSize, NumberIsNaN, ObjectGetOwnPropertyNames, ObjectGetOwnPropertySymbols, ObjectHasOwn, ObjectKeys,
  ObjectPrototypePropertyIsEnumerable, ObjectPrototypeToString, RegExpPrototypeExec, RegExpPrototypeGetSource,
  RegExpPrototypeToString, SetPrototypeGetSize, StringPrototypeSlice, StringPrototypeValueOf, SymbolIterator,
  SymbolToStringTag, TypedArrayPrototypeGetSymbolToStringTag, WeakMapPrototypeHas, WeakSetPrototypeHas, append, safeArray,
} from './intrinsics.ts';
import { ArrayBufferPrototypeGetByteLength, DataViewPrototypeGetByteLength } from './inspect-intrinsics.ts';
import { kArrayExtrasType, kObjectType, reduceToSingleString } from './inspect-layout.ts';
import { boxedBase, isPromise } from './inspect-types.ts';
import { getConstructorName, getCtxStyle, getPrefix } from './inspect-names.ts';
import { formatError } from './inspect-error.ts';
import { getFunctionBase } from './inspect-function.ts';
import { formatArray, formatIterator, formatPromise, formatSetOrMap } from './inspect-collections.ts';
import { formatArrayBuffer, formatDataView, formatTypedArray } from './inspect-binary.ts';
import { iteratorTag } from './iterator-tags.ts';
import { addPrototypeProperties } from './inspect-proto.ts';
import { type Ctx, formatProperty, formatValue, inspect } from './inspect-ctx.ts';

const indexRegExp = /^(0|[1-9][0-9]*)$/;

function is(test: (v: any, ...rest: any[]) => unknown, v: unknown): boolean {
  try { test(v); return true; } catch { return false; }
}

function getKeys(value: object, nonIndex: boolean, showHidden: boolean): (string | symbol)[] {
  const out = safeArray<string | symbol>();
  const keys = showHidden ? ObjectGetOwnPropertyNames(value) : ObjectKeys(value);
  for (let i = 0; i < keys.length; i++) {
    if (!nonIndex || RegExpPrototypeExec(indexRegExp, keys[i]) === null) append(out, keys[i]);
  }
  const symbols = ObjectGetOwnPropertySymbols(value);
  for (let i = 0; i < symbols.length; i++) {
    if (showHidden || ObjectPrototypePropertyIsEnumerable(value, symbols[i])) append(out, symbols[i]);
  }
  return out;
}

const noEntries = () => safeArray<string>();
const RangeErrorPrototype = RangeError.prototype;

function isStackOverflow(err: unknown): boolean {
  if (typeof err !== 'object' || err === null || ObjectGetPrototypeOf(err) !== RangeErrorPrototype) return false;
  const d = ObjectGetOwnPropertyDescriptor(err, 'message');
  return d !== undefined && d.value === 'Maximum call stack size exceeded';
}

export function formatRaw(ctx: Ctx, value: any, recurseTimes: number, typedArray: boolean): string {
  // showHidden (%o) also lists what a user-defined prototype chain adds.
  let protoProps: string[] | undefined = ctx.showHidden && recurseTimes <= ctx.depth ? safeArray<string>() : undefined;
  const pp = protoProps;
  const constructor = getConstructorName(value, recurseTimes, ctx.depth,
    (proto) => inspect(proto, { depth: -1, customInspect: false }),
    pp === undefined ? undefined : (main, from) => addPrototypeProperties(ctx, main, from, recurseTimes, pp));
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;
  const none = (keys: unknown[]) => keys.length === 0 && protoProps === undefined;
  let tag: unknown = '';
  try { tag = value[SymbolToStringTag]; } catch { /* a throwing getter: no tag */ }
  if (typeof tag !== 'string' || (tag !== '' && (ctx.showHidden ? ObjectHasOwn : ObjectPrototypePropertyIsEnumerable)(value, SymbolToStringTag))) tag = '';
  const t = tag as string;
  let base = '';
  let braces: [string, string] = ['{', '}'];
  let keys: (string | symbol)[] | undefined;
  let extrasType = kObjectType;
  let entries: (recurseTimes: number) => string[] = noEntries;
  let noIterator = true;
  if (SymbolIterator in value || constructor === null) {
    noIterator = false;
    const typedTag = TypedArrayPrototypeGetSymbolToStringTag(value);
    const iter = iteratorTag(value);
    if (ArrayIsArray(value)) {
      const prefix = constructor !== 'Array' || t !== '' ? getPrefix(constructor, t, 'Array', `(${value.length})`) : '';
      keys = getKeys(value, true, ctx.showHidden);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && none(keys)) return `${braces[0]}]`;
      extrasType = kArrayExtrasType;
      entries = (r) => formatArray(ctx, value, r);
    } else if (is(SetPrototypeGetSize, value) || is(MapPrototypeGetSize, value)) {
      const isMap = is(MapPrototypeGetSize, value);
      const size = isMap ? MapPrototypeGetSize(value) : SetPrototypeGetSize(value);
      const prefix = getPrefix(constructor, t, isMap ? 'Map' : 'Set', `(${size})`);
      keys = getKeys(value, false, ctx.showHidden);
      if (size === 0 && none(keys)) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
      entries = (r) => formatSetOrMap(ctx, value, size, isMap, r);
    } else if (typedTag !== undefined) {
      keys = getKeys(value, true, ctx.showHidden);
      const size = value.length;
      braces = [`${getPrefix(constructor, t, constructor === null ? typedTag : '', `(${size})`)}[`, ']'];
      if (size === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
      extrasType = kArrayExtrasType;
      entries = (r) => formatTypedArray(ctx, value, r);
    } else if (iter !== undefined) {
      keys = getKeys(value, false, ctx.showHidden);
      const type = iter.isMap ? 'Map' : 'Set';
      braces = [`[${t !== `${type} Iterator` && t !== '' ? `${t}] [` : ''}${type} Iterator] {`, '}'];
      const b = braces;
      entries = (r) => formatIterator(ctx, iter, b, r);
    } else {
      noIterator = true;
    }
  }
  if (noIterator) {
    keys = getKeys(value, false, ctx.showHidden);
    braces = ['{', '}'];
    if (typeof value === 'function') {
      base = getFunctionBase(value, constructor, t);
      if (none(keys)) return base;
    } else if (constructor === 'Object') {
      if (ObjectPrototypeToString(value) === '[object Arguments]') braces[0] = '[Arguments] {';
      else if (t !== '') braces[0] = `${getPrefix(constructor, t, 'Object')}{`;
      if (none(keys)) return `${braces[0]}}`;
    } else if (is(RegExpPrototypeGetSource, value)) {
      base = RegExpPrototypeToString(value);
      const prefix = getPrefix(constructor, t, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if (none(keys) || recurseTimes > ctx.depth) return base;
    } else if (is(DatePrototypeGetTime, value)) {
      base = NumberIsNaN(DatePrototypeGetTime(value)) ? DatePrototypeToString(value) : DatePrototypeToISOString(value);
      const prefix = getPrefix(constructor, t, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (none(keys)) return base;
    } else if (ObjectPrototypeToString(value) === '[object Error]' || value instanceof ErrorCtor) {
      base = formatError(value, constructor, t, keys, ctx, (v) => formatValue(ctx, v, recurseTimes));
      if (none(keys)) return base;
    } else if (is(ArrayBufferPrototypeGetByteLength, value)) {
      braces[0] = `${getPrefix(constructor, t, 'ArrayBuffer')}{`;
      // A typed array's [buffer] shows its length, not its bytes again.
      if (typedArray && none(keys)) return `${braces[0]} [byteLength]: ${ArrayBufferPrototypeGetByteLength(value)} }`;
      entries = () => formatArrayBuffer(ctx, value);
    } else if (is(DataViewPrototypeGetByteLength, value)) {
      braces[0] = `${getPrefix(constructor, t, 'DataView')}{`;
      entries = (r) => formatDataView(ctx, value, r);
    } else if (isPromise(value, constructor)) {
      braces[0] = `${getPrefix(constructor, t, 'Promise')}{`;
      entries = (r) => formatPromise(ctx, value, r);
    } else if (is(WeakSetPrototypeHas, value) || is(WeakMapPrototypeHas, value)) {
      braces[0] = `${getPrefix(constructor, t, is(WeakSetPrototypeHas, value) ? 'WeakSet' : 'WeakMap')}{`;
      entries = () => { const o = safeArray<string>(); append(o, '<items unknown>'); return o; };
    } else if (boxedBase(value) !== null) {
      base = boxedBase(value) as string;
      // A boxed string's index keys just repeat its characters.
      if (is(StringPrototypeValueOf, value)) keys = getKeys(value, true, ctx.showHidden);
      if (none(keys)) return base;
    } else {
      if (none(keys)) return `${getCtxStyle(value, constructor, t)}{}`;
      braces[0] = `${getCtxStyle(value, constructor, t)}{`;
    }
  }
  if (recurseTimes > ctx.depth) {
    const name = StringPrototypeSlice(getCtxStyle(value, constructor, t), 0, -1);
    return constructor !== null ? `[${name}]` : name;
  }
  recurseTimes += 1;
  append(ctx.seen, value);
  ctx.currentDepth = recurseTimes;
  const indentationLvl = ctx.indentationLvl;
  let output: string[];
  try {
    output = entries(recurseTimes);
    const ks = keys as (string | symbol)[];
    for (let i = 0; i < ks.length; i++) append(output, formatProperty(ctx, value, recurseTimes, ks[i], extrasType));
    if (protoProps !== undefined) for (let i = 0; i < protoProps.length; i++) append(output, protoProps[i]);
  } catch (err) {
    // Too deep to print (depth: null on a long chain): Node stops here instead of throwing.
    if (!isStackOverflow(err)) throw err;
    ctx.seen.length--;
    ctx.indentationLvl = indentationLvl;
    return `[${StringPrototypeSlice(getCtxStyle(value, constructor, t), 0, -1)}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`;
  }
  if (ctx.circular !== undefined) {
    const index = MapPrototypeGet(ctx.circular, value);
    if (index !== undefined) base = base === '' ? `<ref *${index}>` : `<ref *${index}> ${base}`;
  }
  ctx.seen.length--;
  // Node's rule: the last entry is "... N more items" when there are more entries than the limit.
  const hasMore = ctx.maxArrayLength < output.length;
  return reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, extrasType === kArrayExtrasType ? value : undefined, hasMore);
}
