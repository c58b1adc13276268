// The DOMExceptions in a structuredClone result, as Node's serializer makes them: core-js clones
// each one as its own kind (`$DOMException`, not `instanceof DOMException`); Node gives a
// DOMException with the original's name, message and stack (no other own property, no cause).
// The clone is a fresh graph of plain data, so walking it runs no program code.
import CoreDOMException from 'core-js-pure/stable/dom-exception/index';
import { DOMException, isDOMException } from './dom-exception.ts';

const defineProperty = Object.defineProperty, ownNames = Object.getOwnPropertyNames;
const objToString = Function.prototype.call.bind(Object.prototype.toString) as (o: unknown) => string;
const mapForEach = Function.prototype.call.bind(Map.prototype.forEach) as (m: Map<unknown, unknown>, f: (v: unknown, k: unknown) => void) => void;
const mapSet = Function.prototype.call.bind(Map.prototype.set) as (m: Map<unknown, unknown>, k: unknown, v: unknown) => void;
const mapClear = Function.prototype.call.bind(Map.prototype.clear) as (m: Map<unknown, unknown>) => void;
const setForEach = Function.prototype.call.bind(Set.prototype.forEach) as (s: Set<unknown>, f: (v: unknown) => void) => void;
const setAdd = Function.prototype.call.bind(Set.prototype.add) as (s: Set<unknown>, v: unknown) => void;
const setClear = Function.prototype.call.bind(Set.prototype.clear) as (s: Set<unknown>) => void;
const mapGet = Function.prototype.call.bind(Map.prototype.get) as (m: Map<unknown, unknown>, k: unknown) => unknown;
const setHas = Function.prototype.call.bind(Set.prototype.has) as (s: Set<unknown>, v: unknown) => boolean;
const getOwn = Object.getOwnPropertyDescriptor;
const SafeMap = Map, SafeSet = Set;

/** Node's clone of a DOMException: same name, message and stack. */
export function cloneDOMException(e: { message: string; name: string; stack?: unknown }): DOMException {
  const out = new DOMException(e.message, e.name);
  defineProperty(out, 'stack', { value: e.stack, writable: true, enumerable: false, configurable: true });
  return out;
}

/** Replaces, in place, every core-js DOMException in `root` (not root itself) by Node's kind; same one for the same one. */
export function nodeDOMExceptions(root: unknown): void {
  const made = new SafeMap<unknown, unknown>();
  const seen = new SafeSet<unknown>();
  const todo: object[] = [];
  const swap = (v: unknown): unknown => {
    if (typeof v !== 'object' || v === null) return v;
    if (v instanceof CoreDOMException) {
      let ours = mapGet(made, v);
      if (ours === undefined) { ours = cloneDOMException(v); mapSet(made, v, ours); }
      return ours;
    }
    if (!setHas(seen, v) && !isDOMException(v)) { setAdd(seen, v); todo[todo.length] = v; }
    return v;
  };
  swap(root);
  while (todo.length > 0) {
    const o = todo[todo.length - 1]!;
    todo.length--;
    const tag = objToString(o);
    if (tag === '[object Map]') {
      const entries: unknown[] = [];
      let changed = false;
      mapForEach(o as Map<unknown, unknown>, (v, k) => {
        const k2 = swap(k), v2 = swap(v);
        changed ||= k2 !== k || v2 !== v;
        entries[entries.length] = k2;
        entries[entries.length] = v2;
      });
      if (changed) {
        mapClear(o as Map<unknown, unknown>);
        for (let i = 0; i < entries.length; i += 2) mapSet(o as Map<unknown, unknown>, entries[i], entries[i + 1]);
      }
    } else if (tag === '[object Set]') {
      const values: unknown[] = [];
      let changed = false;
      setForEach(o as Set<unknown>, (v) => { const v2 = swap(v); changed ||= v2 !== v; values[values.length] = v2; });
      if (changed) {
        setClear(o as Set<unknown>);
        for (let i = 0; i < values.length; i++) setAdd(o as Set<unknown>, values[i]);
      }
    } else if (tag === '[object Object]' || tag === '[object Array]' || tag === '[object Error]') {
      const keys = ownNames(o);
      for (let i = 0; i < keys.length; i++) {
        const d = getOwn(o, keys[i]!);
        if (d === undefined || !('value' in d)) continue;
        const v2 = swap(d.value);
        if (v2 !== d.value) defineProperty(o, keys[i]!, { value: v2, writable: d.writable, enumerable: d.enumerable, configurable: d.configurable });
      }
    }
  }
}
