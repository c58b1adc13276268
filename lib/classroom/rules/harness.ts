// Test-harness check: graded on a run whose harness phase starts after the student's program has
// finished (see lib/runner/transpile/harness-program.ts). Passes when that phase ran and the run
// ended "ok"; a failed assert/expect ends it with an AssertionError at a harness line.
import type { RunResult } from '../../runner/protocol.ts';
import { formatSeconds } from '../format-ms.ts';
import { fail, pass, type RuleOutcome } from './outcome.ts';
import { describeError, endedBadly, lineOf } from './where.ts';

export const ASSERTION_ERROR_NAME = 'AssertionError';

export function checkHarness(result: RunResult | undefined): RuleOutcome {
  if (!result) return fail('the test harness did not run');
  // The program itself failed (or never finished): the harness had nothing to test.
  if (result.harnessFrom === undefined) return fail(`the test harness could not run: ${endedBadly(result)}`);
  const from = `the test harness started at ${formatSeconds(result.harnessFrom)}`;
  if (result.error?.name === ASSERTION_ERROR_NAME) return fail(`assertion failed${lineOf(result.error)}: ${result.error.message}`);
  if (result.status !== 'ok') {
    const detail = describeError(result.error);
    return fail(`${from} and ended with status "${result.status}" at ${formatSeconds(result.virtualMs)}${detail ? `: ${detail}` : ''}`);
  }
  return pass(`every assertion of the test harness held (${from})`);
}
