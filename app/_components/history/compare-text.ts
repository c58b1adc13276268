// The comparison's headline: both virtual times and the difference between them, e.g.
// "Run 1 6.000 s vs Run 2 3.000 s — 3.000 s faster" (the second run against the first).
import { virtualTime } from '../../_lib/format.ts';

export interface ComparedRun {
  label: string;
  virtualMs: number;
}

export function differenceText(before: ComparedRun, after: ComparedRun): string {
  const delta = after.virtualMs - before.virtualMs;
  if (delta === 0) return 'same virtual time';
  return `${virtualTime(Math.abs(delta))} ${delta < 0 ? 'faster' : 'slower'}`;
}

export function compareText(before: ComparedRun, after: ComparedRun): string {
  return `${before.label} ${virtualTime(before.virtualMs)} vs ${after.label} ${virtualTime(after.virtualMs)} — ${differenceText(before, after)}`;
}

/** Runs are numbered oldest first, so "Run 1" stays Run 1 as new runs arrive at the top. */
export function runLabel(indexNewestFirst: number, total: number): string {
  return `Run ${total - indexNewestFirst}`;
}
