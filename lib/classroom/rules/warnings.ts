// No-warnings check: no task cancelled at shutdown, no never-awaited (floating) promise, no
// unhandled rejection. Other warnings (deadlock, truncation) are the status check's business.
import type { RunResult, WarningKind } from '../../runner/protocol.ts';
import { fail, pass, type RuleOutcome } from './outcome.ts';

export const GRADED_WARNINGS: readonly WarningKind[] = ['cancelled-at-shutdown', 'never-awaited', 'unhandled-rejection'];

export function checkNoWarnings(result: RunResult): RuleOutcome {
  const found = result.warnings.filter((w) => GRADED_WARNINGS.includes(w.kind));
  if (!found.length) return pass('no cancelled, never-awaited or unhandled-rejection warnings');
  const kinds = [...new Set(found.map((w) => w.kind))].join(', ');
  return fail(`${found.length} warning(s): ${kinds} — first: ${found[0]!.message}`);
}
