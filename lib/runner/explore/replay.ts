// A replayed run's choices, as the worker reported them (CHOICES_GLOBAL JSON from untrusted
// territory), checked and attached to its RunResult: the canonical schedule and the choice points.
import { z } from 'zod';
import type { RunResult } from '../protocol.ts';
import { formatSchedule } from './schedule.ts';

const index = z.number().int().nonnegative();
const ChoicesSchema = z.object({
  n: z.array(index),
  c: z.array(index),
  p: z.array(z.tuple([z.number().nonnegative(), index, z.array(z.number().int())])),
});

export function attachChoices(result: RunResult, json: string | undefined, jitter: number): RunResult {
  if (json === undefined) return result;
  let parsed: z.infer<typeof ChoicesSchema>;
  try {
    parsed = ChoicesSchema.parse(JSON.parse(json));
  } catch {
    return result; // a worker that sends nonsense gets no choice marks, nothing else changes
  }
  return {
    ...result,
    schedule: formatSchedule(parsed.c, jitter),
    choices: parsed.p.map(([t, taken, tasks]) => ({ t, taken, tasks })),
  };
}
