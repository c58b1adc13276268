// The checks on how a run ended: its status, its virtual duration, its warnings, and the test
// harness run as a phase after the program. Only a run that ended "ok" is measured; any other
// ending fails first, with the reason saying how and where it ended.
import type { z } from 'zod';
import type { RunResult, RunWarning, WarningKind } from '../../runner/protocol.ts';
import type { StatusCheck, TimeCheck } from '../checks.ts';
import { formatSeconds, describeError, endedBadly, fail, lineOf, pass, type RuleOutcome } from './outcome.ts';

// Status check: the run must end with the expected status ("ok" for most assignments).
export function checkStatus(check: z.infer<typeof StatusCheck>, result: RunResult): RuleOutcome {
  if (result.status === check.status) return pass(`ended with status "${result.status}" as required`);
  const detail = describeError(result.error);
  return fail(`ended with status "${result.status}" at ${formatSeconds(result.virtualMs)}, expected "${check.status}"${detail ? ` (${detail})` : ''}`);
}

// Virtual-time check: the run's total virtual duration against at most / at least / exactly N ms.
const WANTED = { atMost: 'at most', atLeast: 'at least', exactly: 'exactly' } as const;

export function checkTime(check: z.infer<typeof TimeCheck>, result: RunResult): RuleOutcome {
  const took = result.virtualMs;
  const wanted = `${WANTED[check.op]} ${formatSeconds(check.ms)}`;
  // A run that did not finish has no meaningful duration: say so before any number.
  if (result.status !== 'ok') return fail(`not timed: ${endedBadly(result)}; it must finish "ok" in ${wanted}`);
  const ok = check.op === 'atMost' ? took <= check.ms : check.op === 'atLeast' ? took >= check.ms : took === check.ms;
  if (ok) return pass(`finished in ${formatSeconds(took)} (needed ${wanted})`);
  const gap = formatSeconds(Math.abs(took - check.ms));
  const off = took > check.ms ? `${gap} too slow` : `${gap} too fast`;
  return fail(`took ${formatSeconds(took)}, ${off}: it must take ${wanted} (the timeline's last span ends at ${formatSeconds(took)})`);
}

// No-warnings check: no task cancelled at shutdown, no never-awaited (floating) promise, no
// unhandled rejection. A run that did not end "ok" (deadlock, error, timeout…) never passes: its
// warnings were never all reported, so "none found" would be a guess.
export const GRADED_WARNINGS: readonly WarningKind[] = ['cancelled-at-shutdown', 'never-awaited', 'unhandled-rejection'];

/** The warning with the task it names and where that task sits in the timeline. */
function located(result: RunResult, warning: RunWarning): string {
  const task = warning.taskId === undefined ? undefined : result.tasks.find((t) => t.id === warning.taskId);
  if (!task) return warning.message;
  const until = task.settledAt ?? result.virtualMs;
  return `${warning.message} (timeline: task "${task.name}", ${formatSeconds(task.createdAt)}–${formatSeconds(until)})`;
}

export function checkNoWarnings(result: RunResult): RuleOutcome {
  if (result.status !== 'ok') return fail(`not checked: ${endedBadly(result)}; the run must end "ok" with no warnings`);
  const found = result.warnings.filter((w) => GRADED_WARNINGS.includes(w.kind));
  if (!found.length) return pass('no cancelled, never-awaited or unhandled-rejection warnings');
  const kinds = [...new Set(found.map((w) => w.kind))].join(', ');
  return fail(`${found.length} warning(s) (${kinds}); first: ${located(result, found[0]!)}`);
}

// Test-harness check: graded on a run whose harness phase starts after the student's program has
// finished (see lib/runner/transpile/harness-program.ts). Passes when that phase ran and the run
// ended "ok"; a failed assert/expect ends it with an AssertionError at a harness line.
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
