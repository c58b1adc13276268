// asyncio counts seconds; the virtual clock counts whole milliseconds.
import { MathRound } from '../intrinsics.ts';

/** Seconds → virtual ms (rounded; negative and NaN are 0). */
export function toMs(seconds: unknown): number {
  const n = +(seconds as number) * 1000;
  return n > 0 ? MathRound(n) : 0;
}
