// Wire shape of POST /api/explore, and the schedule a run request may carry (422 when malformed).
import { z } from 'zod';
import { ApiError } from '../api-error.ts';
import { MAX_RUN_BODY_BYTES } from './run-request.ts';
import { parseSchedule, type Schedule } from '../runner/explore/schedule.ts';
import { EXPLORE_MAX_BUDGET_SCHEDULES, EXPLORE_MAX_JITTER } from '../runner/explore/explore-limits.ts';

export const ExploreRequest = z.object({
  code: z.string({ error: 'code must be a string of TypeScript' }),
  budget: z.number().int().min(1).max(EXPLORE_MAX_BUDGET_SCHEDULES, `budget is at most ${EXPLORE_MAX_BUDGET_SCHEDULES} schedules`).optional(),
  jitter: z.number().min(0).max(EXPLORE_MAX_JITTER, `jitter is a fraction from 0 to ${EXPLORE_MAX_JITTER}`).optional(),
  seed: z.number().int().min(0).max(0xffffffff).optional(),
});
export type ExploreRequest = z.infer<typeof ExploreRequest>;

/** The same code limit as a run: the body carries the same program. */
export const MAX_EXPLORE_BODY_BYTES = MAX_RUN_BODY_BYTES;

/** A schedule from a request body; a malformed one is 422 with the parser's message. */
export function requestSchedule(text: string): Schedule {
  const parsed = parseSchedule(text);
  if (!parsed.ok) throw new ApiError(422, parsed.error);
  return { steps: parsed.steps, jitter: parsed.jitter };
}
