// Wire shape of POST /api/run.
import { z } from 'zod';
import { MAX_CODE_BYTES } from '../runner/limits.ts';
import { MAX_SCHEDULE_CHARS } from '../runner/explore/explore-limits.ts';

export const RunRequest = z.object({
  code: z.string({ error: 'code must be a string of TypeScript' }),
  /** Replay this schedule (docs/explore.md), e.g. "1.0.2"; "" is the default order, with its choice points. */
  schedule: z.string({ error: 'schedule must be a string like "1.0.2"' }).max(MAX_SCHEDULE_CHARS).optional(),
});
export type RunRequest = z.infer<typeof RunRequest>;

/** Largest body accepted: JSON escaping can make a program at the code limit several times larger. */
export const MAX_RUN_BODY_BYTES = 6 * MAX_CODE_BYTES;
