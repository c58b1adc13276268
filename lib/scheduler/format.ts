// util.format: printf-style %s %d %i %f %j %o %O %c %% placeholders, then the remaining
// arguments joined by spaces (strings bare, everything else through inspect).
import {
  JSONStringify, NumberCtor, NumberParseFloat, NumberParseInt, ObjectGetOwnPropertyDescriptor, ObjectGetPrototypeOf,
  G, ObjectHasOwn, StringCtor, splitText, TypeErrorCtor, StringPrototypeCharCodeAt, StringPrototypeSlice,
} from './intrinsics.ts';
import { inspect } from './inspect.ts';
import { formatNumber } from './inspect-text.ts';
import { DatePrototype, SymbolToPrimitive, builtInNames } from './inspect-intrinsics.ts';
import { proxyDetails } from './proxy-tags.ts';

/**
 * %s prints objects with their own toString / Symbol.toPrimitive via String(), built-ins (Date,
 * Error, Map, plain objects…) via inspect: Node 24's hasBuiltInToString, which reads a proxy's
 * target instead of running its traps.
 */
function hasBuiltInToString(value: any): boolean {
  try {
    const proxy = proxyDetails(value);
    if (proxy !== undefined) {
      if (proxy[0] === null) return true;
      value = proxy[0];
    }
    let ownToString = true;
    let ownToPrimitive = true;
    if (typeof value.toString !== 'function') {
      if (typeof value[SymbolToPrimitive] !== 'function') return true;
      if (ObjectHasOwn(value, SymbolToPrimitive)) return false;
      ownToString = false;
    } else if (ObjectHasOwn(value, 'toString')) {
      return false;
    } else if (typeof value[SymbolToPrimitive] !== 'function') {
      ownToPrimitive = false;
    } else if (ObjectHasOwn(value, SymbolToPrimitive)) {
      return false;
    }
    let p = value;
    do {
      p = ObjectGetPrototypeOf(p);
    } while (p !== null && !(ownToString && ObjectHasOwn(p, 'toString')) && !(ownToPrimitive && ObjectHasOwn(p, SymbolToPrimitive)));
    const d = p === null ? undefined : ObjectGetOwnPropertyDescriptor(p, 'constructor');
    if (d === undefined || typeof d.value !== 'function') return false;
    // The sandbox's Date is the virtual one (virtual-env.ts): it stands for the built-in.
    return builtInNames[d.value.name] === true || (p === DatePrototype && d.value === G.Date);
  } catch {
    return true;
  }
}

/** V8's message for a circular structure, read once at load (Node compares its first line). */
const CIRCULAR_MESSAGE = (() => {
  const a: Record<string, unknown> = {};
  a.a = a;
  try { JSONStringify(a); } catch (e) { return splitText((e as Error).message, '\n')[0]; }
  return '';
})();

/** %j: JSON text; a circular structure prints [Circular], any other error (a BigInt…) is thrown as in Node. */
function tryStringify(v: unknown): string {
  try {
    return StringCtor(JSONStringify(v));
  } catch (e) {
    let first: unknown;
    try { first = e instanceof TypeErrorCtor ? splitText('' + (e as Error).message, '\n')[0] : undefined; } catch { /* exotic */ }
    if (first === CIRCULAR_MESSAGE) return '[Circular]';
    throw e;
  }
}

function formatArg(code: number, arg: any): string | null {
  switch (code) {
    case 115: // s
      if (typeof arg === 'number') return formatNumber(arg);
      if (typeof arg === 'bigint') return '' + arg + 'n';
      if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) return StringCtor(arg);
      return inspect(arg, { depth: 0 });
    case 106: return tryStringify(arg); // j
    case 100: // d
      if (typeof arg === 'bigint') return '' + arg + 'n';
      return typeof arg === 'symbol' ? 'NaN' : formatNumber(NumberCtor(arg));
    case 105: // i
      if (typeof arg === 'bigint') return '' + arg + 'n';
      return typeof arg === 'symbol' ? 'NaN' : formatNumber(NumberParseInt(arg));
    case 102: return typeof arg === 'symbol' ? 'NaN' : formatNumber(NumberParseFloat(arg)); // f
    case 79: return inspect(arg); // O
    case 111: return inspect(arg, { depth: 4, showHidden: true, showProxy: true }); // o
    case 99: return ''; // c
    default: return null;
  }
}

export function format(args: ArrayLike<unknown>): string {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (StringPrototypeCharCodeAt(first, i) !== 37) continue; // '%'
      const next = StringPrototypeCharCodeAt(first, ++i);
      if (a + 1 !== args.length) {
        if (next === 37) {
          str += StringPrototypeSlice(first, lastPos, i);
          lastPos = i + 1;
          continue;
        }
        const formatted = formatArg(next, args[a + 1]);
        if (formatted === null) continue;
        a++;
        if (lastPos !== i - 1) str += StringPrototypeSlice(first, lastPos, i - 1);
        str += formatted;
        lastPos = i + 1;
      } else if (next === 37) {
        str += StringPrototypeSlice(first, lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += StringPrototypeSlice(first, lastPos);
    }
  }
  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value) : value;
    join = ' ';
    a++;
  }
  return str;
}

