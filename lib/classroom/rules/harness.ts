// Test-harness check: graded on the run of the student's code followed by the harness. Passes
// when that run ends "ok"; a failed assert/expect ends it with an AssertionError.
import type { RunResult } from '../../runner/protocol.ts';
import { fail, pass, type RuleOutcome } from './outcome.ts';

export const ASSERTION_ERROR_NAME = 'AssertionError';

export function checkHarness(result: RunResult | undefined): RuleOutcome {
  if (!result) return fail('the test harness did not run');
  if (result.error?.name === ASSERTION_ERROR_NAME) return fail(`assertion failed: ${result.error.message}`);
  if (result.status !== 'ok') {
    const detail = result.error ? `: ${result.error.name}: ${result.error.message}` : '';
    return fail(`the test harness ended with status "${result.status}"${detail}`);
  }
  return pass('every assertion of the test harness held');
}
