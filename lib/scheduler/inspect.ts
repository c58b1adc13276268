// util.inspect for the sandbox's console: a port of Node 24's formatValue/formatRaw (depth 2,
// compact 3, breakLength 80, 100 entries, 10,000 characters), circular refs, class names, errors,
// collections; Proxy targets, iterator positions and promise states come from the object tags.
import {
  ArrayIsArray, ArrayPrototypeIndexOf, DatePrototypeGetTime, DatePrototypeToISOString, DatePrototypeToString, ErrorCtor,
  MapCtor, MapPrototypeGet, MapPrototypeGetSize, MapPrototypeSet, NumberIsNaN, ObjectGetOwnPropertyDescriptor,
  ObjectGetOwnPropertyNames, ObjectGetOwnPropertySymbols, ObjectHasOwn, ObjectKeys, ObjectPrototypePropertyIsEnumerable,
  ObjectPrototypeToString, ReflectApply, RegExpPrototypeExec, RegExpPrototypeGetSource, RegExpPrototypeToString,
  SetPrototypeGetSize, StringPrototypeRepeat, StringPrototypeReplaceAll, StringPrototypeSlice, StringPrototypeValueOf,
  SymbolFor, SymbolIterator, SymbolPrototypeToString, SymbolToStringTag, TypedArrayPrototypeGetSymbolToStringTag,
  WeakMapPrototypeHas, WeakSetPrototypeHas, append, safeArray,
} from './intrinsics.ts';
import { ArrayBufferPrototypeGetByteLength, DataViewPrototypeGetByteLength } from './inspect-intrinsics.ts';
import { formatPrimitive, strEscape } from './inspect-text.ts';
import { type LayoutCtx, kArrayExtrasType, kObjectType, reduceToSingleString } from './inspect-layout.ts';
import { boxedBase, isPromise } from './inspect-types.ts';
import { getConstructorName, getCtxStyle, getPrefix } from './inspect-names.ts';
import { formatError } from './inspect-error.ts';
import { getFunctionBase } from './inspect-function.ts';
import {
  formatArray, formatArrayBuffer, formatDataView, formatIterator, formatPromise, formatSetOrMap, formatTypedArray,
} from './inspect-collections.ts';
import { proxyDetails } from './object-tags.ts';
import { iteratorTag } from './iterator-tags.ts';

export interface Ctx extends LayoutCtx {
  depth: number;
  showHidden: boolean;
  showProxy: boolean;
  customInspect: boolean;
  maxArrayLength: number;
  maxStringLength: number;
  seen: unknown[];
  circular: Map<unknown, number> | undefined;
}
export interface InspectOptions {
  depth?: number | null; breakLength?: number; showHidden?: boolean; showProxy?: boolean; customInspect?: boolean;
  maxArrayLength?: number | null; maxStringLength?: number | null;
}
/** Node's defaults: entries shown per array/Set/Map, characters shown per string. */
export const MAX_ARRAY_LENGTH_ITEMS = 100;
export const MAX_STRING_LENGTH_CHARS = 10_000;
export const kArrayType = 1;
const customInspectSymbol = SymbolFor('nodejs.util.inspect.custom');
const keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
const indexRegExp = /^(0|[1-9][0-9]*)$/;
const unlimited = (n: number | null | undefined, dflt: number) => (n === null ? Infinity : typeof n === 'number' ? n : dflt);

export function inspect(value: unknown, options?: InspectOptions): string {
  const ctx: Ctx = {
    indentationLvl: 0, currentDepth: 0, breakLength: options?.breakLength ?? 80, compact: 3,
    depth: unlimited(options?.depth, 2), seen: safeArray(), circular: undefined, showHidden: options?.showHidden === true,
    showProxy: options?.showProxy === true, customInspect: options?.customInspect !== false,
    maxArrayLength: unlimited(options?.maxArrayLength, MAX_ARRAY_LENGTH_ITEMS),
    maxStringLength: unlimited(options?.maxStringLength, MAX_STRING_LENGTH_CHARS),
  };
  return formatValue(ctx, value, 0);
}

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

export function formatValue(ctx: Ctx, value: unknown, recurseTimes: number): string {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(value, ctx.indentationLvl, ctx.breakLength, ctx.maxStringLength);
  }
  if (value === null) return 'null';
  const context = value;
  // A proxy prints as its target, read directly: no trap of the program's runs (Node's rule).
  const proxy = proxyDetails(value);
  if (proxy !== undefined) {
    if (proxy[0] === null) return '<Revoked Proxy>';
    if (ctx.showProxy) return formatProxy(ctx, proxy, recurseTimes);
    value = proxy[0];
  }
  if (ctx.customInspect) {
    const custom = (value as any)[customInspectSymbol];
    if (typeof custom === 'function' && ObjectGetOwnPropertyDescriptor(value, 'constructor')?.value?.prototype !== value) {
      const ret = ReflectApply(custom, context, [ctx.depth - recurseTimes, { depth: ctx.depth - recurseTimes }, inspect]);
      if (ret !== context) {
        return typeof ret === 'string'
          ? StringPrototypeReplaceAll(ret, '\n', '\n' + StringPrototypeRepeat(' ', ctx.indentationLvl))
          : formatValue(ctx, ret, recurseTimes);
      }
    }
  }
  if (ArrayPrototypeIndexOf(ctx.seen, value) !== -1) {
    if (ctx.circular === undefined) ctx.circular = new MapCtor();
    let index = MapPrototypeGet(ctx.circular, value);
    if (index === undefined) {
      index = MapPrototypeGetSize(ctx.circular) + 1;
      MapPrototypeSet(ctx.circular, value, index);
    }
    return `[Circular *${index}]`;
  }
  return formatRaw(ctx, value as object, recurseTimes);
}

function formatProxy(ctx: Ctx, proxy: [object | null, object | null], recurseTimes: number): string {
  if (recurseTimes > ctx.depth) return 'Proxy [Array]';
  ctx.indentationLvl += 2;
  const res = safeArray<string>();
  append(res, formatValue(ctx, proxy[0], recurseTimes + 1));
  append(res, formatValue(ctx, proxy[1], recurseTimes + 1));
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, res, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes + 1, undefined, false);
}

export function formatProperty(ctx: Ctx, value: any, recurseTimes: number, key: string | symbol | number, type: number): string {
  const desc = ObjectGetOwnPropertyDescriptor(value, key) ?? { value: value[key], enumerable: true };
  let str: string;
  if (desc.value !== undefined || !('get' in desc || 'set' in desc)) {
    ctx.indentationLvl += 2;
    str = formatValue(ctx, desc.value, recurseTimes);
    ctx.indentationLvl -= 2;
  } else if (desc.get !== undefined) {
    str = desc.set !== undefined ? '[Getter/Setter]' : '[Getter]';
  } else {
    str = desc.set !== undefined ? '[Setter]' : 'undefined';
  }
  if (type === kArrayType) return str;
  let name: string;
  if (typeof key === 'symbol') name = SymbolPrototypeToString(key);
  else if (RegExpPrototypeExec(keyStrRegExp, '' + key) !== null) name = '' + key;
  else name = strEscape('' + key);
  if (desc.enumerable === false) name = `[${name}]`;
  return `${name}: ${str}`;
}

const noEntries = () => safeArray<string>();

function formatRaw(ctx: Ctx, value: any, recurseTimes: number): string {
  const constructor = getConstructorName(value, recurseTimes, ctx.depth,
    (proto) => inspect(proto, { depth: -1, customInspect: false }));
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
      if (value.length === 0 && keys.length === 0) return `${braces[0]}]`;
      extrasType = kArrayExtrasType;
      entries = (r) => formatArray(ctx, value, r);
    } else if (is(SetPrototypeGetSize, value) || is(MapPrototypeGetSize, value)) {
      const isMap = is(MapPrototypeGetSize, value);
      const size = isMap ? MapPrototypeGetSize(value) : SetPrototypeGetSize(value);
      const prefix = getPrefix(constructor, t, isMap ? 'Map' : 'Set', `(${size})`);
      keys = getKeys(value, false, ctx.showHidden);
      if (size === 0 && keys.length === 0) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
      entries = (r) => formatSetOrMap(ctx, value, size, isMap, r);
    } else if (typedTag !== undefined) {
      keys = getKeys(value, true, ctx.showHidden);
      const size = value.length;
      braces = [`${getPrefix(constructor, t, constructor === null ? typedTag : '', `(${size})`)}[`, ']'];
      if (size === 0 && keys.length === 0) return `${braces[0]}]`;
      extrasType = kArrayExtrasType;
      entries = () => formatTypedArray(ctx, value);
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
      if (keys.length === 0) return base;
    } else if (constructor === 'Object') {
      if (ObjectPrototypeToString(value) === '[object Arguments]') braces[0] = '[Arguments] {';
      else if (t !== '') braces[0] = `${getPrefix(constructor, t, 'Object')}{`;
      if (keys.length === 0) return `${braces[0]}}`;
    } else if (is(RegExpPrototypeGetSource, value)) {
      base = RegExpPrototypeToString(value);
      const prefix = getPrefix(constructor, t, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if (keys.length === 0 || recurseTimes > ctx.depth) return base;
    } else if (is(DatePrototypeGetTime, value)) {
      base = NumberIsNaN(DatePrototypeGetTime(value)) ? DatePrototypeToString(value) : DatePrototypeToISOString(value);
      const prefix = getPrefix(constructor, t, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (keys.length === 0) return base;
    } else if (ObjectPrototypeToString(value) === '[object Error]' || value instanceof ErrorCtor) {
      base = formatError(value, constructor, t, keys, ctx, (v) => formatValue(ctx, v, recurseTimes));
      if (keys.length === 0) return base;
    } else if (is(ArrayBufferPrototypeGetByteLength, value)) {
      braces[0] = `${getPrefix(constructor, t, 'ArrayBuffer')}{`;
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
      if (keys.length === 0) return base;
    } else {
      if (keys.length === 0) return `${getCtxStyle(value, constructor, t)}{}`;
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
  const output = entries(recurseTimes);
  const ks = keys as (string | symbol)[];
  for (let i = 0; i < ks.length; i++) append(output, formatProperty(ctx, value, recurseTimes, ks[i], extrasType));
  if (ctx.circular !== undefined) {
    const index = MapPrototypeGet(ctx.circular, value);
    if (index !== undefined) base = base === '' ? `<ref *${index}>` : `<ref *${index}> ${base}`;
  }
  ctx.seen.length--;
  // Node's rule: the last entry is "... N more items" when there are more entries than the limit.
  const hasMore = ctx.maxArrayLength < output.length;
  return reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, extrasType === kArrayExtrasType ? value : undefined, hasMore);
}
