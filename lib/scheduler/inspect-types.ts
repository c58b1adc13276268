// Type probes inspect needs that plain JS can't ask directly: boxed primitives, which objects are
// promises, and error stacks without the scheduler's frames.
import {
  BigIntPrototypeValueOf, BooleanPrototypeValueOf, NumberPrototypeValueOf, StringPrototypeValueOf,
  SymbolPrototypeValueOf, ArrayPrototypeJoin, RegExpPrototypeExec, StringPrototypeIncludes, splitText,
  ObjectPrototypeToString, append, safeArray,
} from './intrinsics.ts';
import { formatPrimitive } from './inspect-text.ts';
import { taskOf } from './promises.ts';
import { isTaggedPromise } from './promise-tags.ts';

const boxes: [string, (v: any) => unknown][] = [
  ['Number', NumberPrototypeValueOf], ['String', StringPrototypeValueOf], ['Boolean', BooleanPrototypeValueOf],
  ['BigInt', BigIntPrototypeValueOf], ['Symbol', SymbolPrototypeValueOf],
];

/** "[Number: 3]" for a boxed primitive, else null. */
export function boxedBase(value: object): string | null {
  for (let i = 0; i < boxes.length; i++) {
    let inner: unknown;
    try { inner = boxes[i][1](value); } catch { continue; }
    return `[${boxes[i][0]}: ${formatPrimitive(inner, 0, 80)}]`;
  }
  return null;
}

/** A real promise: one the tags or the scheduler know, else one whose brand says Promise. */
export function isPromise(value: object, constructor: string | null): boolean {
  if (isTaggedPromise(value) || taskOf(value) !== undefined) return true;
  return ObjectPrototypeToString(value) === '[object Promise]' && constructor !== null;
}

/** An error stack with the scheduler's own frames removed (Node would show its internals). */
export function userFrames(stack: string): string {
  const lines = splitText(stack, '\n');
  const out = safeArray<string>();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (RegExpPrototypeExec(/^\s+at /, l) === null || !StringPrototypeIncludes(l, 'taskline-scheduler')) append(out, l);
  }
  return ArrayPrototypeJoin(out, '\n');
}
