// The symbol-keyed fields Node's Timeout and Immediate objects show in console.log
// (Symbol(refed), Symbol(asyncId)…), and the async-id counter they share.
import { ObjectDefineProperty } from './intrinsics.ts';

export const refedSymbol = Symbol('refed');
export const kHasPrimitive = Symbol('kHasPrimitive');
export const asyncIdSymbol = Symbol('asyncId');
export const triggerIdSymbol = Symbol('triggerId');
export const kAsyncContextFrame = Symbol('kAsyncContextFrame');

/**
 * Node numbers every async resource; a program's first timer usually gets 2 or more, depending on
 * what Node created before it. Taskline counts only timers and immediates, from 2 (a documented gap).
 */
let asyncId = 1;
export function nextAsyncId(): number {
  return ++asyncId;
}

/** An own enumerable, writable data property (what Node's class fields are). */
export function defineField(o: object, key: PropertyKey, value: unknown): void {
  ObjectDefineProperty(o, key, { value, writable: true, enumerable: true, configurable: true });
}
