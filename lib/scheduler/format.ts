// util.format: printf-style %s %d %i %f %j %o %O %c %% placeholders, then the remaining
// arguments joined by spaces (strings bare, everything else through inspect).
import {
  JSONStringify, NumberCtor, NumberParseFloat, NumberParseInt, ObjectGetOwnPropertyDescriptor, ObjectGetPrototypeOf,
  ObjectHasOwn, StringCtor, StringPrototypeCharCodeAt, StringPrototypeSlice, RegExpPrototypeExec,
} from './intrinsics.ts';
import { inspect } from './inspect.ts';
import { formatNumber } from './inspect-text.ts';

/** Constructor names of the realm's built-ins, captured at load (Node's builtInObjects). */
const builtIns: Record<string, true> = Object.create(null);
for (const name of Object.getOwnPropertyNames(globalThis)) {
  if (RegExpPrototypeExec(/^[A-Z][a-zA-Z0-9]+$/, name) !== null) builtIns[name] = true;
}

/** %s prints objects with their own toString via String(), built-ins via inspect (Node's rule). */
function hasBuiltInToString(value: any): boolean {
  try {
    if (typeof value[Symbol.toPrimitive] === 'function') return false;
    if (typeof value.toString !== 'function') return true;
    if (ObjectHasOwn(value, 'toString')) return false;
    let p = value;
    do { p = ObjectGetPrototypeOf(p); } while (p !== null && !ObjectHasOwn(p, 'toString'));
    const d = p === null ? undefined : ObjectGetOwnPropertyDescriptor(p, 'constructor');
    return d !== undefined && typeof d.value === 'function' && builtIns[d.value.name] === true;
  } catch {
    return true;
  }
}

function tryStringify(v: unknown): string {
  try {
    return StringCtor(JSONStringify(v));
  } catch (e) {
    return '[Circular]';
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
    case 111: return inspect(arg, { depth: 4, showHidden: true }); // o
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

