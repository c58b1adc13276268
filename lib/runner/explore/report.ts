// What an exploration answers (CLI --json, POST /api/explore, the UI), with the zod schema the
// pool checks a worker's report against: the worker hosts untrusted code.
import { z } from 'zod';
import { RUN_STATUSES } from '../protocol.ts';
import { EXPLORE_MAX_OUTCOMES, MAX_REPORTED_SCHEDULE_CHARS } from './explore-limits.ts';

const RunErrorShape = z.object({
  name: z.string().max(1_000),
  message: z.string().max(10_000),
  line: z.number().int().nonnegative(),
  column: z.number().int().nonnegative(),
});

export const ExploreOutcomeSchema = z.object({
  /** The program's stdout lines under this outcome (cut at EXPLORE_MAX_OUTCOME_STDOUT_BYTES). */
  stdout: z.array(z.string()),
  status: z.enum(RUN_STATUSES),
  virtualMs: z.number().nonnegative(),
  /** Schedules explored that reached this outcome. */
  count: z.number().int().nonnegative(),
  /** The smallest schedule reaching it (fewest deviations from the default); "" is the default run. */
  schedule: z.string().max(MAX_REPORTED_SCHEDULE_CHARS),
  /** Non-default choices in `schedule`. */
  deviations: z.number().int().nonnegative(),
  /** How the program failed under this outcome, if it did. */
  error: RunErrorShape.optional(),
});
export type ExploreOutcome = z.infer<typeof ExploreOutcomeSchema>;

export const ExploreReportSchema = z.object({
  /** Distinct schedules run (replays made while shrinking are not counted). */
  explored: z.number().int().nonnegative(),
  /** True when depth-first search visited every ordering: the outcomes are all there are. */
  exhaustive: z.boolean(),
  /** 'dfs' alone, or 'dfs+random' when random walks continued past the depth-first share. */
  strategy: z.enum(['dfs', 'dfs+random']),
  /** Seed of the random walks (replaying them needs only their schedules). */
  seed: z.number().int(),
  jitter: z.number().nonnegative(),
  budget: z.number().int().nonnegative(),
  /** Why the search stopped before it was exhaustive; null when it was. */
  stoppedBy: z.enum(['budget', 'time', 'cpu', 'timeout', 'memory', 'compile-error']).nullable(),
  /** Most frequent first. */
  outcomes: z.array(ExploreOutcomeSchema).max(EXPLORE_MAX_OUTCOMES),
  /** Schedules whose outcome was past the EXPLORE_MAX_OUTCOMES listed. */
  unlisted: z.number().int().nonnegative(),
  wallMs: z.number().nonnegative(),
  cpuMs: z.number().nonnegative(),
});
export type ExploreReport = z.infer<typeof ExploreReportSchema>;

/** The answer when no worker explored (busy, crash): the run-shaped failure, as one outcome. */
export function failedExploration(status: ExploreOutcome['status'], error: ExploreOutcome['error'], budget: number, jitter: number, seed: number): ExploreReport {
  return {
    explored: 0, exhaustive: false, strategy: 'dfs', seed, jitter, budget, stoppedBy: null,
    outcomes: [{ stdout: [], status, virtualMs: 0, count: 0, schedule: '', deviations: 0, ...(error ? { error } : {}) }],
    unlisted: 0, wallMs: 0, cpuMs: 0,
  };
}
