// Deterministic replacements for the realm's clocks and randomness: Date and performance read
// the virtual clock (epochMs + virtual now) and Math.random is a seeded mulberry32.
import {
  DateCtor, DatePrototypeToString, MathImul, ObjectDefineProperty, ObjectFreeze, ReflectConstruct,
} from './intrinsics.ts';
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

export function makePerformance(): object {
  return ObjectFreeze({
    now: () => S.now,
    get timeOrigin() { return S.config.epochMs; },
    toJSON() { return { timeOrigin: S.config.epochMs }; },
  });
}
