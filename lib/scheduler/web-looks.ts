// The web-platform classes (Event, URL, AbortSignal…) come from polyfills; here they take the look
// Node's own have (web/node-web-looks.ts and node-timer-looks.ts, recorded from Node): each class's, static method's and
// prototype member's name, length and source text, and Node's order of their own keys. Once, at snapshot time.
import {
  ArrayPrototypeIncludes, ArrayPrototypeIndexOf, ObjectDefineProperty, ObjectGetOwnPropertyDescriptor, ObjectGetOwnPropertyNames, ReflectApply,
  StringPrototypeIncludes, StringPrototypeIndexOf, StringPrototypeSlice,
} from './intrinsics.ts';
import { hasLook, setIfDifferent, showAs } from './native-looks.ts';

/** A table recorded from Node (web/node-web-looks.ts, node-timer-looks.ts). */
export interface LookTable {
  readonly looks: readonly (readonly [string, number, string, number, string | readonly number[]])[];
  readonly keyOrders: readonly (readonly [string, readonly string[]])[];
}

/** Keys a class or a prototype starts with, in V8's order; the rest follows Node's. */
const LEADING_CLASS = ['length', 'name', 'prototype'];
const LEADING_PROTO = ['constructor'];

/** Look i's text; a member's is a slice of its class's, made on first use. */
function textOf(table: LookTable, i: number): string {
  const t = table.looks[i][4];
  return typeof t === 'string' ? t : StringPrototypeSlice(textOf(table, t[0]), t[1], t[2]);
}

/** The object a path names ("URL", "URL.prototype"), read from the bundle's globals. */
function holderOf(globals: Record<string, unknown>, keys: string[]): any {
  let o: any = globals[keys[0]];
  for (let k = 1; k < keys.length && o != null; k++) {
    const d = ObjectGetOwnPropertyDescriptor(o, keys[k]);
    o = d !== undefined && 'value' in d ? d.value : undefined;
  }
  return o;
}

/**
 * Moves holder's configurable own keys into Node's order with Node's attributes (`key:flags`,
 * record-web-looks.ts); a constant Node keeps as data and the polyfill as a getter (Event.NONE…)
 * becomes data. Keys Node lacks go last on a class (Timeout's statics are the scheduler's) and go
 * from a prototype (the shim's Event.prototype.NONE…: it reads its own constants).
 */
function orderKeys(holder: object, order: readonly string[], isClass: boolean): void {
  const own = ObjectGetOwnPropertyNames(holder);
  const LEADING = isClass ? LEADING_CLASS : LEADING_PROTO;
  const names: string[] = [];
  for (let i = 0; i < order.length; i++) names[i] = StringPrototypeSlice(order[i], 0, StringPrototypeIndexOf(order[i], ':'));
  // Already in Node's order (our own DOMException): attributes are set in place, nothing moves.
  let inOrder = true;
  for (let i = 0, at = -1; i < own.length && inOrder; i++) {
    const n = ArrayPrototypeIndexOf(names, own[i]);
    if (n !== -1) { inOrder = n > at; at = n; }
  }
  const redefine = (key: string, flags: string) => {
    const d = ObjectGetOwnPropertyDescriptor(holder, key);
    if (d === undefined || !d.configurable) return;
    if (!inOrder) delete (holder as Record<string, unknown>)[key];
    if (flags[0] === 'v' && d.get !== undefined && d.set === undefined) {
      d.value = ReflectApply(d.get, holder, []);
      delete d.get;
      delete d.set;
    }
    if ('value' in d) d.writable = StringPrototypeIncludes(flags, 'w');
    d.enumerable = StringPrototypeIncludes(flags, 'e');
    d.configurable = StringPrototypeIncludes(flags, 'c');
    ObjectDefineProperty(holder, key, d);
  };
  for (let i = 0; i < order.length; i++) {
    if (!ArrayPrototypeIncludes(LEADING, names[i])) redefine(names[i], StringPrototypeSlice(order[i], names[i].length + 1));
  }
  for (let i = 0; i < own.length; i++) {
    if (ArrayPrototypeIncludes(names, own[i]) || ArrayPrototypeIncludes(LEADING, own[i])) continue;
    const d = ObjectGetOwnPropertyDescriptor(holder, own[i]);
    if (d === undefined || !d.configurable) continue;
    delete (holder as Record<string, unknown>)[own[i]];
    if (isClass) ObjectDefineProperty(holder, own[i], d);
  }
  // A polyfill's constructor function has a writable prototype; a class's is read-only.
  if (isClass && ArrayPrototypeIncludes(order, 'prototype:v')) ObjectDefineProperty(holder, 'prototype', { writable: false });
}

export function lookLikeNodeWeb(globals: Record<string, unknown>, table: LookTable): void {
  for (let i = 0; i < table.looks.length; i++) {
    const [path, kind, name, length] = table.looks[i];
    const keys = path.split('.');
    let fn: unknown;
    if (keys.length === 1) fn = globals[path];
    else {
      const d = ObjectGetOwnPropertyDescriptor(holderOf(globals, keys.slice(0, -1)) ?? {}, keys[keys.length - 1]);
      fn = d === undefined ? undefined : kind === 0 ? d.value : kind === 1 ? d.get : d.set;
    }
    // A function shared by two members (a polyfill's generic accessor) keeps the first look.
    if (typeof fn !== 'function' || hasLook(fn)) continue;
    showAs(fn, () => textOf(table, i));
    setIfDifferent(fn, 'name', name);
    setIfDifferent(fn, 'length', length);
  }
  for (let i = 0; i < table.keyOrders.length; i++) {
    const path = table.keyOrders[i][0].split('.');
    const holder = holderOf(globals, path);
    if (holder != null) orderKeys(holder, table.keyOrders[i][1], path.length === 1);
  }
}
