// Deterministic replacements for the realm's clocks and randomness: Date, performance and
// Intl.DateTimeFormat's date-less format read the virtual clock (epochMs + virtual now) and
// Math.random is a seeded mulberry32.
import {
  DateCtor, DatePrototypeToString, G, MathImul, ObjectDefineProperty, ObjectGetOwnPropertyDescriptor,
  ReflectConstruct, WeakMapCtor, WeakMapPrototypeGet, WeakMapPrototypeSet, uncurryThis,
} from './intrinsics.ts';
import { showAs } from './native-looks.ts';
import { S } from './state.ts';

/** mulberry32: tiny, fast and good enough for a playground; same seed → same sequence. */
export function makeRandom(seed: number): () => number {
  let a = seed >>> 0;
  return function random() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = MathImul(t ^ (t >>> 15), t | 1);
    t ^= t + MathImul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const wallNow = () => S.config.epochMs + S.now;

/** A Date whose "now" is virtual; instances are real Dates, so everything else behaves natively. */
export function makeDate(): DateConstructor {
  const VirtualDate = function Date(this: unknown, ...args: unknown[]) {
    if (new.target === undefined) return DatePrototypeToString(new DateCtor(wallNow()));
    return ReflectConstruct(DateCtor, args.length === 0 ? [wallNow()] : args, new.target);
  } as unknown as DateConstructor;
  ObjectDefineProperty(VirtualDate, 'prototype', { value: DateCtor.prototype, writable: false });
  ObjectDefineProperty(VirtualDate, 'length', { value: 7 });
  // esbuild renames the inner `function Date` (it would shadow the real Date): restore the name.
  ObjectDefineProperty(VirtualDate, 'name', { value: 'Date' });
  const statics = { now: () => wallNow(), parse: DateCtor.parse, UTC: DateCtor.UTC };
  for (const k of ['now', 'parse', 'UTC'] as const) {
    ObjectDefineProperty(VirtualDate, k, { value: statics[k], writable: true, configurable: true });
  }
  ObjectDefineProperty(DateCtor.prototype, 'constructor', { value: VirtualDate, writable: true, configurable: true });
  return VirtualDate;
}

/**
 * Intl.DateTimeFormat's format() and formatToParts() read the real clock when given no date: both
 * get the virtual "now" instead. format stays a getter returning one bound function per formatter.
 */
function virtualiseDateTimeFormat(): void {
  const proto = G.Intl.DateTimeFormat.prototype as Intl.DateTimeFormat;
  const realFormat = uncurryThis(ObjectGetOwnPropertyDescriptor(proto, 'format')!.get!) as (self: unknown) => (d?: unknown) => string;
  const realFormatToParts = uncurryThis(proto.formatToParts) as (self: unknown, d?: unknown) => Intl.DateTimeFormatPart[];
  const bound = new WeakMapCtor<object, (d?: unknown) => string>();
  const accessors = {
    get format() {
      const self = this as unknown as object;
      let fn = WeakMapPrototypeGet(bound, self);
      if (fn === undefined) {
        const real = realFormat(self);
        // An arrow: like the spec's bound format function it has no prototype and ignores `this`.
        fn = (date?: unknown) => real(date === undefined ? wallNow() : date as number);
        ObjectDefineProperty(fn, 'name', { value: '' });
        showAs(fn, 'function () { [native code] }'); // V8's bound format
        WeakMapPrototypeSet(bound, self, fn);
      }
      return fn;
    },
    formatToParts(date?: unknown) {
      return realFormatToParts(this, date === undefined ? wallNow() : date as number);
    },
  };
  ObjectDefineProperty(proto, 'format', { get: ObjectGetOwnPropertyDescriptor(accessors, 'format')!.get, configurable: true });
  ObjectDefineProperty(proto, 'formatToParts', { value: accessors.formatToParts, writable: true, configurable: true });
}

/**
 * Touching Intl.DateTimeFormat makes V8 set up its Intl machinery, a tenth of the time it takes to
 * make a run's isolate: the global `Intl` is an accessor until a program first reads it, which
 * virtualises format/formatToParts and leaves a plain data property (nothing else reaches Intl).
 */
export function virtualiseIntl(): void {
  const realIntl = G.Intl;
  const settle = (value: unknown) => ObjectDefineProperty(G, 'Intl', { value, writable: true, configurable: true, enumerable: false });
  ObjectDefineProperty(G, 'Intl', {
    get() {
      settle(realIntl);
      virtualiseDateTimeFormat();
      return realIntl;
    },
    set(value: unknown) { settle(value); },
    configurable: true, enumerable: false,
  });
}
