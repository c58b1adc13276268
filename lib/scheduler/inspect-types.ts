// Type probes inspect needs that plain JS can't ask directly: boxed primitives, the state of
// promises the scheduler knows (task promises), and error stacks without the scheduler's frames.
import {
  BigIntPrototypeValueOf, BooleanPrototypeValueOf, NumberPrototypeValueOf, StringPrototypeValueOf,
  SymbolPrototypeValueOf, ArrayPrototypeJoin, RegExpPrototypeExec, StringPrototypeIncludes, splitText,
  append, safeArray,
} from './intrinsics.ts';
import { formatPrimitive } from './inspect-text.ts';
import { taskOf } from './promises.ts';

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

/** State of a promise as far as the scheduler knows (task promises); others read as pending. */
export function promiseState(p: object): ['pending' | 'fulfilled' | 'rejected', unknown] {
  const rec = taskOf(p);
  if (rec === undefined || rec.state === 'pending') return ['pending', undefined];
  return [rec.state === 'fulfilled' ? 'fulfilled' : 'rejected', rec.value];
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
