// The assert/expect built-ins test harnesses call (classroom harness checks). A failed assertion
// throws an AssertionError, which the grader recognises by name. Built from intrinsics captured
// at boot, so a student's prototype edits cannot make a comparison lie.
import {
  ArrayIsArray, ArrayPrototypeIncludes, ErrorCtor, G, ObjectDefineProperty, ObjectFreeze, ObjectGetPrototypeOf, ObjectIs,
  ObjectKeys, StringPrototypeIncludes,
} from './intrinsics.ts';
import { inspect } from './inspect.ts';

/** Nesting followed by toEqual before it gives up (cyclic or absurdly deep values). */
const MAX_EQUAL_DEPTH = 100;

export class AssertionError extends ErrorCtor {}
ObjectDefineProperty(AssertionError.prototype, 'name', { value: 'AssertionError', writable: true, configurable: true });

const show = (v: unknown) => inspect(v, { depth: 4 });

function deepEqual(a: unknown, b: unknown, depth: number): boolean {
  if (ObjectIs(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || depth > MAX_EQUAL_DEPTH) return false;
  if (ArrayIsArray(a) !== ArrayIsArray(b) || ObjectGetPrototypeOf(a) !== ObjectGetPrototypeOf(b)) return false;
  const ka = ObjectKeys(a);
  const kb = ObjectKeys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i]!;
    if (!ArrayPrototypeIncludes(kb, k) || !deepEqual((a as any)[k], (b as any)[k], depth + 1)) return false;
  }
  return true;
}

export function assert(condition: unknown, message?: string): asserts condition {
  if (!condition) throw new AssertionError(typeof message === 'string' ? message : 'assertion failed');
}

type Matcher = (expected?: any) => void;

function matchers(actual: unknown, negated: boolean): Record<string, Matcher> {
  const check = (ok: boolean, what: string, expected?: unknown, withExpected = true) => {
    if (ok === negated) {
      const tail = withExpected ? ' ' + show(expected) : '';
      throw new AssertionError('expected ' + show(actual) + (negated ? ' not ' : ' ') + what + tail);
    }
  };
  const num = (v: unknown) => v as number;
  return {
    toBe: (e) => check(ObjectIs(actual, e), 'to be', e),
    toEqual: (e) => check(deepEqual(actual, e, 0), 'to equal', e),
    toBeLessThan: (e) => check(num(actual) < e, 'to be less than', e),
    toBeLessThanOrEqual: (e) => check(num(actual) <= e, 'to be less than or equal to', e),
    toBeGreaterThan: (e) => check(num(actual) > e, 'to be greater than', e),
    toBeGreaterThanOrEqual: (e) => check(num(actual) >= e, 'to be greater than or equal to', e),
    toBeTruthy: () => check(!!actual, 'to be truthy', undefined, false),
    toBeFalsy: () => check(!actual, 'to be falsy', undefined, false),
    toContain: (e) => check(
      typeof actual === 'string' ? StringPrototypeIncludes(actual, e) : ArrayIsArray(actual) && ArrayPrototypeIncludes(actual, e),
      'to contain', e),
  };
}

export function expect(actual: unknown) {
  return ObjectFreeze({ ...matchers(actual, false), not: ObjectFreeze(matchers(actual, true)) });
}

/** Globals the harness relies on: read-only and, once a run is configured, non-configurable (globals.ts). */
export const ASSERTION_GLOBALS = ['assert', 'expect', 'AssertionError'];

/**
 * Installs the built-ins read-only, so the harness gets the real ones even after student code.
 * Configurable until the run's configure step locks them (they must move there, see globals.ts).
 */
export function installAssertions(): void {
  const names = { assert, expect, AssertionError } as Record<string, unknown>;
  for (const name of ObjectKeys(names)) ObjectDefineProperty(G, name, { value: names[name], writable: false, configurable: true, enumerable: false });
}
