// util.inspect for the sandbox's console: a port of Node 24's formatValue/formatRaw (depth 2,
// compact 3, breakLength 80, 100 entries, 10,000 characters), circular refs, class names, errors,
// collections; the context and the recursion its formatters call back through are in inspect-ctx.ts.
import {
  ArrayPrototypeIndexOf, MapCtor, MapPrototypeGet, MapPrototypeGetSize, MapPrototypeSet, ObjectGetOwnPropertyDescriptor,
  ReflectApply, RegExpPrototypeExec, StringPrototypeRepeat, replaceAllText, SymbolFor, SymbolPrototypeToString,
  append, safeArray,
} from './intrinsics.ts';
import { formatPrimitive, strEscape } from './inspect-text.ts';
import { kArrayExtrasType, reduceToSingleString } from './inspect-layout.ts';
import { type Ctx, type InspectOptions, MAX_ARRAY_LENGTH_ITEMS, MAX_STRING_LENGTH_CHARS, bindRecursion, kArrayType } from './inspect-ctx.ts';
import { formatRaw } from './inspect-raw.ts';
import { proxyDetails } from './proxy-tags.ts';

const customInspectSymbol = SymbolFor('nodejs.util.inspect.custom');
const keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
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

/** typedArray: the value is a typed array's buffer, printed with its length only (Node's rule). */
function formatValue(ctx: Ctx, value: unknown, recurseTimes: number, typedArray?: boolean): string {
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
          ? replaceAllText(ret, '\n', '\n' + StringPrototypeRepeat(' ', ctx.indentationLvl))
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
  return formatRaw(ctx, value as object, recurseTimes, typedArray === true);
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

function formatProperty(ctx: Ctx, value: any, recurseTimes: number, key: string | symbol | number, type: number,
  known?: PropertyDescriptor): string {
  const desc = known ?? ObjectGetOwnPropertyDescriptor(value, key) ?? { value: value[key], enumerable: true };
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
  else if (key === '__proto__') return `['__proto__']: ${str}`;
  else if (RegExpPrototypeExec(keyStrRegExp, '' + key) !== null) name = '' + key;
  else name = strEscape('' + key);
  if (desc.enumerable === false) name = `[${name}]`;
  return `${name}: ${str}`;
}

bindRecursion(formatValue, formatProperty, inspect);
