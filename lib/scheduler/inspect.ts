// util.inspect for the sandbox's console: a port of Node's formatValue/formatRaw for the common
// types (depth 2, compact 3, breakLength 80), circular refs, class names, Map/Set, errors…
import {
  ArrayIsArray, ErrorCtor, DatePrototypeGetTime, DatePrototypeToISOString, DatePrototypeToString, FunctionPrototypeToString,
  MapCtor, MapPrototypeForEach, MapPrototypeGet, MapPrototypeGetSize, MapPrototypeSet, NumberIsNaN,
  ObjectGetOwnPropertyDescriptor, ObjectGetOwnPropertyNames, ObjectGetOwnPropertySymbols, StringPrototypeValueOf, ObjectGetPrototypeOf, ObjectHasOwn, ObjectKeys,
  ObjectPrototypePropertyIsEnumerable, ObjectPrototypeToString, RegExpPrototypeExec, RegExpPrototypeGetSource,
  RegExpPrototypeToString, SetPrototypeForEach, SetPrototypeGetSize, StringPrototypeIndexOf, StringPrototypeRepeat,
  replaceAllText, StringPrototypeSlice, StringPrototypeStartsWith, SymbolFor,
  SymbolPrototypeToString, SymbolToStringTag, TypedArrayPrototypeGetSymbolToStringTag, WeakMapPrototypeHas,
  WeakSetPrototypeHas, ReflectApply, append, safeArray, ArrayPrototypeIndexOf, ArrayPrototypeSplice,
} from './intrinsics.ts';
import { formatPrimitive, strEscape } from './inspect-text.ts';
import { type LayoutCtx, kArrayExtrasType, kObjectType, reduceToSingleString } from './inspect-layout.ts';
import { boxedBase, promiseState, userFrames } from './inspect-types.ts';

interface Ctx extends LayoutCtx {
  depth: number;
  /** %o: list non-enumerable own properties too, in brackets. */
  showHidden: boolean;
  seen: unknown[];
  circular: Map<unknown, number> | undefined;
}
const customInspectSymbol = SymbolFor('nodejs.util.inspect.custom');
const keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
const indexRegExp = /^(0|[1-9][0-9]*)$/;

export function inspect(value: unknown, options?: { depth?: number; breakLength?: number; showHidden?: boolean }): string {
  const ctx: Ctx = {
    indentationLvl: 0, currentDepth: 0, breakLength: options?.breakLength ?? 80, compact: 3,
    depth: options?.depth ?? 2, seen: safeArray(), circular: undefined, showHidden: options?.showHidden === true,
  };
  return formatValue(ctx, value, 0);
}

function is(test: (v: any, ...rest: any[]) => unknown, v: unknown): boolean {
  try { test(v); return true; } catch { return false; }
}

function getConstructorName(obj: object): string | null {
  let o: object | null = obj;
  while (o !== null) {
    const d = ObjectGetOwnPropertyDescriptor(o, 'constructor');
    if (d !== undefined && typeof d.value === 'function' && d.value.name !== '') return d.value.name;
    o = ObjectGetPrototypeOf(o);
  }
  return null;
}

function getPrefix(constructor: string | null, tag: string, fallback: string, size = ''): string {
  if (constructor === null) {
    return tag !== '' && fallback !== tag ? `[${fallback}${size}: null prototype] [${tag}] ` : `[${fallback}${size}: null prototype] `;
  }
  return tag !== '' && constructor !== tag ? `${constructor}${size} [${tag}] ` : `${constructor}${size} `;
}

function getKeys(value: object, nonIndex: boolean, showHidden = false): (string | symbol)[] {
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

function formatValue(ctx: Ctx, value: unknown, recurseTimes: number): string {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(value, ctx.indentationLvl, ctx.breakLength);
  }
  if (value === null) return 'null';
  const custom = (value as any)[customInspectSymbol];
  if (typeof custom === 'function') {
    const ret = ReflectApply(custom, value, [ctx.depth - recurseTimes, { depth: ctx.depth }, inspect]);
    if (ret !== value) {
      return typeof ret === 'string'
        ? replaceAllText(ret, '\n', '\n' + StringPrototypeRepeat(' ', ctx.indentationLvl))
        : formatValue(ctx, ret, recurseTimes);
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

function formatProperty(ctx: Ctx, value: any, recurseTimes: number, key: string | symbol, type: number): string {
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
  if (type === kArrayExtrasType + 10) return str; // array element
  let name: string;
  if (typeof key === 'symbol') name = SymbolPrototypeToString(key);
  else if (RegExpPrototypeExec(keyStrRegExp, key) !== null) name = key;
  else name = strEscape(key);
  if (desc.enumerable === false) name = `[${name}]`;
  return `${name}: ${str}`;
}

function formatList(ctx: Ctx, value: any, recurseTimes: number, output: string[]): boolean {
  const len = value.length;
  const max = len < 100 ? len : 100;
  let holes = 0;
  for (let i = 0; i < max; i++) {
    if (!ObjectHasOwn(value, i)) { holes++; continue; }
    if (holes > 0) { append(output, `<${holes} empty item${holes > 1 ? 's' : ''}>`); holes = 0; }
    append(output, formatProperty(ctx, value, recurseTimes, '' + i, kArrayExtrasType + 10));
  }
  if (holes > 0) append(output, `<${holes} empty item${holes > 1 ? 's' : ''}>`);
  if (len > max) append(output, `... ${len - max} more item${len - max > 1 ? 's' : ''}`);
  return len > max;
}

function functionBase(value: Function, constructor: string | null): string {
  let src = '';
  try { src = FunctionPrototypeToString(value); } catch { /* revoked or exotic */ }
  const name = typeof value.name === 'string' ? value.name : '';
  if (StringPrototypeStartsWith(src, 'class') && src[src.length - 1] === '}') {
    let base = `[class ${name || '(anonymous)'}`;
    const superName = (ObjectGetPrototypeOf(value) as Function | null)?.name;
    if (superName) base += ` extends ${superName}`;
    return base + ']';
  }
  const tag = ObjectPrototypeToString(value);
  let type = 'Function';
  if (tag === '[object GeneratorFunction]') type = 'GeneratorFunction';
  else if (tag === '[object AsyncFunction]') type = 'AsyncFunction';
  else if (tag === '[object AsyncGeneratorFunction]') type = 'AsyncGeneratorFunction';
  let base = `[${type}${constructor === null ? ' (null prototype)' : ''}${name === '' ? ' (anonymous)' : ': ' + name}]`;
  if (constructor !== type && constructor !== null && constructor !== 'Function') base += ` ${constructor}`;
  return base;
}

function formatError(err: any, keys: (string | symbol)[], ctx: Ctx): string {
  let stack: unknown;
  try { stack = err.stack; } catch { /* getter threw */ }
  let text = typeof stack === 'string' && stack !== '' ? userFrames(stack) : '';
  if (text === '') {
    try { text = `${err.name ?? 'Error'}: ${err.message ?? ''}`; } catch { text = 'Error'; }
  }
  let i = ArrayPrototypeIndexOf(keys, 'stack');
  if (i !== -1) ArrayPrototypeSplice(keys, i, 1);
  i = ArrayPrototypeIndexOf(keys, 'message');
  if (i !== -1) ArrayPrototypeSplice(keys, i, 1);
  if (ObjectHasOwn(err, 'cause') && ArrayPrototypeIndexOf(keys, 'cause') === -1) append(keys, 'cause');
  if (StringPrototypeIndexOf(text, '\n    at') === -1) text = `[${text}]`;
  if (ctx.indentationLvl !== 0) {
    text = replaceAllText(text, '\n', '\n' + StringPrototypeRepeat(' ', ctx.indentationLvl));
  }
  return text;
}

function formatRaw(ctx: Ctx, value: any, recurseTimes: number): string {
  const constructor = getConstructorName(value);
  let tag = '';
  try { tag = value[SymbolToStringTag]; } catch { /* ignore */ }
  if (typeof tag !== 'string' || (tag !== '' && ObjectPrototypePropertyIsEnumerable(value, SymbolToStringTag))) tag = '';
  let base = '';
  let braces: [string, string] = ['{', '}'];
  let keys: (string | symbol)[];
  let extrasType = kObjectType;
  let entries: ((out: string[]) => boolean) | null = null;
  const typedTag = TypedArrayPrototypeGetSymbolToStringTag(value);
  if (ArrayIsArray(value) || typedTag !== undefined) {
    const prefix = constructor !== 'Array' || tag !== '' ? getPrefix(constructor, tag, typedTag ?? 'Array', `(${value.length})`) : '';
    keys = getKeys(value, true, ctx.showHidden);
    braces = [`${prefix}[`, ']'];
    if (value.length === 0 && keys.length === 0) return `${braces[0]}]`;
    extrasType = kArrayExtrasType;
    entries = (out) => formatList(ctx, value, recurseTimes, out);
  } else if (is(SetPrototypeGetSize, value) || is(MapPrototypeGetSize, value)) {
    const isMap = is(MapPrototypeGetSize, value);
    const size = isMap ? MapPrototypeGetSize(value) : SetPrototypeGetSize(value);
    const prefix = getPrefix(constructor, tag, isMap ? 'Map' : 'Set', `(${size})`);
    keys = getKeys(value, false);
    if (size === 0 && keys.length === 0) return `${prefix}{}`;
    braces = [`${prefix}{`, '}'];
    entries = (out) => {
      ctx.indentationLvl += 2;
      if (isMap) {
        MapPrototypeForEach(value, (v: unknown, k: unknown) =>
          append(out, `${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`));
      } else SetPrototypeForEach(value, (v: unknown) => append(out, formatValue(ctx, v, recurseTimes)));
      ctx.indentationLvl -= 2;
      return false;
    };
  } else {
    keys = getKeys(value, false, ctx.showHidden);
    if (typeof value === 'function') {
      base = functionBase(value, constructor);
      if (keys.length === 0) return base;
    } else if (is(RegExpPrototypeGetSource, value)) {
      base = RegExpPrototypeToString(value);
      if (keys.length === 0 || recurseTimes > ctx.depth) return base;
    } else if (is(DatePrototypeGetTime, value)) {
      base = NumberIsNaN(DatePrototypeGetTime(value)) ? DatePrototypeToString(value) : DatePrototypeToISOString(value);
      if (keys.length === 0) return base;
    } else if (ObjectPrototypeToString(value) === '[object Error]' || value instanceof ErrorCtor) {
      base = formatError(value, keys, ctx);
      if (keys.length === 0) return base;
    } else if (is(WeakSetPrototypeHas, value) || is(WeakMapPrototypeHas, value)) {
      return `${getPrefix(constructor, tag, is(WeakSetPrototypeHas, value) ? 'WeakSet' : 'WeakMap')}{ <items unknown> }`;
    } else if (boxedBase(value) !== null) {
      base = boxedBase(value) as string;
      // A boxed string's index keys just repeat its characters.
      if (is(StringPrototypeValueOf, value)) keys = getKeys(value, true, ctx.showHidden);
      if (keys.length === 0) return base;
    } else if (ObjectPrototypeToString(value) === '[object Promise]' && constructor !== null) {
      braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      entries = (out) => {
        const st = promiseState(value);
        const state = st[0], result = st[1];
        if (state === 'pending') append(out, '<pending>');
        else {
          ctx.indentationLvl += 2;
          const s = formatValue(ctx, result, recurseTimes);
          ctx.indentationLvl -= 2;
          append(out, state === 'rejected' ? `<rejected> ${s}` : s);
        }
        return false;
      };
    } else if (constructor === 'Object') {
      if (ObjectPrototypeToString(value) === '[object Arguments]') braces[0] = '[Arguments] {';
      else if (tag !== '') braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      if (keys.length === 0) return `${braces[0]}}`;
    } else {
      if (keys.length === 0) return `${getPrefix(constructor, tag, 'Object')}{}`;
      braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
    }
  }
  if (recurseTimes > ctx.depth) {
    const name = StringPrototypeSlice(getPrefix(constructor, tag, ArrayIsArray(value) ? 'Array' : 'Object'), 0, -1);
    return constructor !== null ? `[${name}]` : name;
  }
  recurseTimes += 1;
  append(ctx.seen, value);
  ctx.currentDepth = recurseTimes;
  const output = safeArray<string>();
  const hasMore = entries !== null ? entries(output) : false;
  for (let i = 0; i < keys.length; i++) append(output, formatProperty(ctx, value, recurseTimes, keys[i], kObjectType));
  if (ctx.circular !== undefined) {
    const index = MapPrototypeGet(ctx.circular, value);
    if (index !== undefined) base = base === '' ? `<ref *${index}>` : `<ref *${index}> ${base}`;
  }
  ctx.seen.length--;
  return reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, extrasType === kArrayExtrasType ? value : undefined, hasMore);
}
