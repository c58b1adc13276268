// Wire shape of POST /api/run.
import { z } from 'zod';
import { MAX_CODE_BYTES } from '../runner/limits.ts';

export const RunRequest = z.object({
  code: z.string({ error: 'code must be a string of TypeScript' }),
});
export type RunRequest = z.infer<typeof RunRequest>;

/** Largest body accepted: JSON escaping can make a program at the code limit several times larger. */
export const MAX_RUN_BODY_BYTES = 6 * MAX_CODE_BYTES;
