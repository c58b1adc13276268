// Virtual-time check: the run's total virtual duration against at most / at least / exactly N ms.
import type { RunResult } from '../../runner/protocol.ts';
import type { TimeCheck } from '../checks.ts';
import type { z } from 'zod';
import { formatSeconds } from '../format-ms.ts';
import { fail, pass, type RuleOutcome } from './outcome.ts';

const SYMBOL = { atMost: '≤', atLeast: '≥', exactly: '=' } as const;

export function checkTime(check: z.infer<typeof TimeCheck>, result: RunResult): RuleOutcome {
  const took = result.virtualMs;
  const ok = check.op === 'atMost' ? took <= check.ms : check.op === 'atLeast' ? took >= check.ms : took === check.ms;
  const sentence = `took ${formatSeconds(took)}, must be ${SYMBOL[check.op]} ${formatSeconds(check.ms)}`;
  // A run that did not finish has no meaningful duration to compare.
  if (result.status !== 'ok') return fail(`${sentence} (the run ended with status "${result.status}")`);
  return ok ? pass(sentence) : fail(sentence);
}
