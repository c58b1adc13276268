// Remembers, for every Map and Set iterator, which collection it walks, what it yields and how
// far it has got, so console output can preview what is left (`[Map Entries] { [ 'a', 1 ] }`).
//
// Why wrappers: an iterator's position is internal to V8 and no JavaScript operation reads it
// without advancing it; isolated-vm has no host-side preview either. So the methods that create
// these iterators (entries/keys/values/@@iterator) and the iterators' shared `next` are replaced,
// before user code runs, by wrappers that record the source and count each step in WeakMaps kept
// in this closure. The preview skips that many entries of the live collection: exact unless the
// program deletes entries it has already passed while iterating (then V8 and the count disagree).
import { ObjectDefineProperty, ObjectGetPrototypeOf, ReflectApply } from './intrinsics.ts';

const WeakMapCtor = WeakMap;
const weakGet = WeakMap.prototype.get;
const weakSet = WeakMap.prototype.set;

export type IterKind = 'entries' | 'keys' | 'values';
export interface IterTag { source: Map<unknown, unknown> | Set<unknown>; isMap: boolean; kind: IterKind; taken: number; done: boolean }

const iterators: WeakMap<object, IterTag> = new WeakMapCtor();

export function iteratorTag(value: unknown): IterTag | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  return ReflectApply(weakGet, iterators, [value]);
}

function wrapMaker(proto: object, key: PropertyKey, name: string, isMap: boolean, kind: IterKind): Function {
  const original = (proto as any)[key] as Function;
  const wrapped = {
    [name](this: Map<unknown, unknown> | Set<unknown>) {
      const it = ReflectApply(original, this, []) as object;
      ReflectApply(weakSet, iterators, [it, { source: this, isMap, kind, taken: 0, done: false }]);
      return it;
    },
  }[name];
  return wrapped;
}

function define(target: object, key: PropertyKey, value: unknown): void {
  ObjectDefineProperty(target, key, { value, writable: true, enumerable: false, configurable: true });
}

function wrapNext(iterProto: object): void {
  const original = (iterProto as any).next as Function;
  const next = {
    next(this: object) {
      const res = ReflectApply(original, this, []) as IteratorResult<unknown>;
      const tag = ReflectApply(weakGet, iterators, [this]) as IterTag | undefined;
      if (tag !== undefined) {
        if (res.done) tag.done = true;
        else tag.taken++;
      }
      return res;
    },
  }.next;
  define(iterProto, 'next', next);
}

export function installIteratorTags(): void {
  const M = Map.prototype, S = Set.prototype;
  const mapEntries = wrapMaker(M, 'entries', 'entries', true, 'entries');
  define(M, 'entries', mapEntries);
  define(M, Symbol.iterator, mapEntries);
  define(M, 'keys', wrapMaker(M, 'keys', 'keys', true, 'keys'));
  define(M, 'values', wrapMaker(M, 'values', 'values', true, 'values'));
  const setValues = wrapMaker(S, 'values', 'values', false, 'values');
  define(S, 'values', setValues);
  define(S, 'keys', setValues);
  define(S, Symbol.iterator, setValues);
  define(S, 'entries', wrapMaker(S, 'entries', 'entries', false, 'entries'));
  wrapNext(ObjectGetPrototypeOf(new Map().entries()));
  wrapNext(ObjectGetPrototypeOf(new Set().values()));
}
