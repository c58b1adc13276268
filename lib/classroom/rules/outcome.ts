// What every check rule answers (pass or fail, and one sentence a student can act on), and where
// to look in words: the line an error points at (program or test harness) and how a run ended.
// Shared by every rule (and the check editor's wording) so reasons read the same way, durations too.
import type { RunError, RunResult } from '../../runner/protocol.ts';

export interface RuleOutcome {
  passed: boolean;
  reason: string;
}

export const pass = (reason: string): RuleOutcome => ({ passed: true, reason });
export const fail = (reason: string): RuleOutcome => ({ passed: false, reason });

/** " at line 3" / " at line 3 of the test harness" / "" when the position is unknown. */
export function lineOf(error: RunError | undefined): string {
  if (!error || error.line <= 0) return '';
  return error.file === 'harness' ? ` at line ${error.line} of the test harness` : ` at line ${error.line}`;
}

/** "TypeError: x is undefined at line 3", or "" without an error. */
export function describeError(error: RunError | undefined): string {
  return error ? `${error.name}: ${error.message}${lineOf(error)}` : '';
}

/** Why a run that did not end "ok" cannot be measured: `the run ended with status "deadlock" at 3.000 s (…)`. */
export function endedBadly(result: RunResult): string {
  const detail = describeError(result.error);
  return `the run ended with status "${result.status}" at ${formatSeconds(result.virtualMs)}${detail ? ` (${detail})` : ''}`;
}

/** 6000 → "6.000 s". */
export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(3)} s`;
}
