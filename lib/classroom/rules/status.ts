// Status check: the run must end with the expected status ("ok" for most assignments).
import type { z } from 'zod';
import type { RunResult } from '../../runner/protocol.ts';
import type { StatusCheck } from '../checks.ts';
import { fail, pass, type RuleOutcome } from './outcome.ts';

export function checkStatus(check: z.infer<typeof StatusCheck>, result: RunResult): RuleOutcome {
  const sentence = `ended with status "${result.status}", expected "${check.status}"`;
  if (result.status === check.status) return pass(sentence);
  const detail = result.error ? ` (${result.error.name}: ${result.error.message})` : '';
  return fail(sentence + detail);
}
