// structuredClone: core-js-pure's algorithm, with Node's DataCloneError message. core-js says
// "Uncloneable type: Function"; V8 (so Node) names the value: "() => 1 could not be cloned.",
// "#<Promise> could not be cloned.". On that error only, the value is searched in the same
// depth-first order for what could not be cloned.
import coreStructuredClone from 'core-js-pure/stable/structured-clone';
import CoreDOMException from 'core-js-pure/stable/dom-exception/index';
import { DOMException, isDOMException } from './dom-exception.ts';
import { cloneDOMException, nodeDOMExceptions } from './clone-dom-exceptions.ts';

const fnToString = Function.prototype.call.bind(Function.prototype.toString) as (f: Function) => string;
const objToString = Function.prototype.call.bind(Object.prototype.toString) as (o: unknown) => string;
const getProto = Object.getPrototypeOf, ownKeys = Object.keys, isArray = Array.isArray;
const mapEntries = Function.prototype.call.bind(Map.prototype.forEach) as (m: Map<unknown, unknown>, f: (v: unknown, k: unknown) => void) => void;
const setValues = Function.prototype.call.bind(Set.prototype.forEach) as (s: Set<unknown>, f: (v: unknown) => void) => void;
const StringCtor = String;
/** Kinds V8's serializer refuses, by their [object …] tag. */
const REFUSED = new Set(['[object Promise]', '[object WeakMap]', '[object WeakSet]', '[object WeakRef]', '[object Generator]', '[object AsyncGenerator]']);
const hasRefused = Function.prototype.call.bind(Set.prototype.has) as (s: Set<string>, v: string) => boolean;

function describe(v: unknown): string {
  if (typeof v === 'function') {
    // Function.prototype.toString as it is now: the sandbox may map instrumented code back to the
    // program's text; the captured one is the fallback.
    try { return (Function.prototype.toString as (this: Function) => string).call(v as Function); } catch { return fnToString(v as Function); }
  }
  if (typeof v === 'symbol') return StringCtor(v);
  let name = 'Object';
  try { name = (getProto(v) as { constructor: { name: string } }).constructor.name; } catch { /* keep Object */ }
  return '#<' + name + '>';
}

/** The first value (depth first, keys in order) the serializer would refuse, or undefined. */
function findRefused(v: unknown, seen: Set<unknown>): { value: unknown } | undefined {
  if (typeof v === 'function' || typeof v === 'symbol') return { value: v };
  if (typeof v !== 'object' || v === null || seen.has(v)) return undefined;
  seen.add(v);
  const tag = objToString(v);
  if (hasRefused(REFUSED, tag)) return { value: v };
  let found: { value: unknown } | undefined;
  if (tag === '[object Map]') mapEntries(v as Map<unknown, unknown>, (val, key) => { found ??= findRefused(key, seen) ?? findRefused(val, seen); });
  else if (tag === '[object Set]') setValues(v as Set<unknown>, (val) => { found ??= findRefused(val, seen); });
  else if (isArray(v) || tag === '[object Object]') {
    const keys = ownKeys(v);
    for (let i = 0; i < keys.length && found === undefined; i++) found = findRefused((v as Record<string, unknown>)[keys[i]!], seen);
  }
  return found;
}

export const structuredClone = {
  structuredClone(value: unknown, options?: StructuredSerializeOptions): unknown {
    // Node clones its DOMException as one (core-js makes its own kind, here and nested).
    if (isDOMException(value)) return cloneDOMException(value);
    try {
      const out = coreStructuredClone(value, options);
      nodeDOMExceptions(out);
      return out;
    } catch (e) {
      // core-js throws its own DOMException; the program sees Node's (dom-exception.ts).
      if (!(e instanceof CoreDOMException)) throw e;
      if (e.name !== 'DataCloneError') throw new DOMException(e.message, e.name);
      let refused: { value: unknown } | undefined;
      try { refused = findRefused(value, new Set()); } catch { /* a hostile getter: keep core-js's message */ }
      if (refused === undefined) throw new DOMException(e.message, 'DataCloneError');
      throw new DOMException(describe(refused.value) + ' could not be cloned.', 'DataCloneError');
    }
  },
}.structuredClone;
