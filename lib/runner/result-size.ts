// The size of a RunResult as JSON, known without serialising it again: the trace assembler counts
// as it builds (an estimate that never undercounts by much), and anything else is measured once.
import type { RunResult } from './protocol.ts';

const known = new WeakMap<RunResult, number>();

/** JSON bytes the assembler counted for `result`. */
export function noteResultBytes(result: RunResult, bytes: number): void {
  known.set(result, bytes);
}

/** JSON bytes of `result`: the assembler's count, else measured (and remembered). */
export function resultBytes(result: RunResult): number {
  let bytes = known.get(result);
  if (bytes === undefined) {
    bytes = Buffer.byteLength(JSON.stringify(result), 'utf8');
    known.set(result, bytes);
  }
  return bytes;
}

/** JSON size of a string field, escapes and quotes included. */
export function textBytes(text: string): number {
  return Buffer.byteLength(JSON.stringify(text), 'utf8');
}

/** `text` cut to `max` characters, marked with "…" when cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
