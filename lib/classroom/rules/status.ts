// Status check: the run must end with the expected status ("ok" for most assignments).
import type { z } from 'zod';
import type { RunResult } from '../../runner/protocol.ts';
import type { StatusCheck } from '../checks.ts';
import { formatSeconds } from '../format-ms.ts';
import { fail, pass, type RuleOutcome } from './outcome.ts';
import { describeError } from './where.ts';

export function checkStatus(check: z.infer<typeof StatusCheck>, result: RunResult): RuleOutcome {
  if (result.status === check.status) return pass(`ended with status "${result.status}" as required`);
  const detail = describeError(result.error);
  return fail(`ended with status "${result.status}" at ${formatSeconds(result.virtualMs)}, expected "${check.status}"${detail ? ` (${detail})` : ''}`);
}
