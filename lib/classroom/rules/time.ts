// Virtual-time check: the run's total virtual duration against at most / at least / exactly N ms.
// Only a run that ended "ok" has a duration worth comparing; any other ending fails first.
import type { RunResult } from '../../runner/protocol.ts';
import type { TimeCheck } from '../checks.ts';
import type { z } from 'zod';
import { formatSeconds } from '../format-ms.ts';
import { fail, pass, type RuleOutcome } from './outcome.ts';
import { endedBadly } from './where.ts';

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
