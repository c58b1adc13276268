// No-warnings check: no task cancelled at shutdown, no never-awaited (floating) promise, no
// unhandled rejection. A run that did not end "ok" (deadlock, error, timeout…) never passes: its
// warnings were never all reported, so "none found" would be a guess.
import type { RunResult, RunWarning, WarningKind } from '../../runner/protocol.ts';
import { formatSeconds } from '../format-ms.ts';
import { fail, pass, type RuleOutcome } from './outcome.ts';
import { endedBadly } from './where.ts';

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
