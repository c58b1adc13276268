// Every limit an exploration is held to, each a named constant with its unit, and the options a
// request picks within them. The job as a whole also stays under a run's own CPU, wall and memory
// limits (lib/runner/limits.ts).

/** Schedules one exploration runs when the request names no budget. */
export const EXPLORE_DEFAULT_BUDGET_SCHEDULES = 1_000;
/** Most schedules one exploration may ask for. */
export const EXPLORE_MAX_BUDGET_SCHEDULES = 10_000;
/** Real time after which the search starts no new schedule, in ms (leaves room under MAX_WALL_MS). */
export const EXPLORE_SEARCH_WALL_MS = 3_000;
/** Isolate CPU time after which the search starts no new schedule, in ms (under MAX_CPU_MS). */
export const EXPLORE_SEARCH_CPU_MS = 1_500;
/** Share of the schedule budget depth-first search may use before random walks take over. */
export const EXPLORE_DFS_SHARE = 0.5;
/** Replays spent shrinking the schedules of a non-exhaustive search, all outcomes together. */
export const EXPLORE_SHRINK_RUNS = 200;
/** Largest latency jitter accepted, as a fraction of each delay (0.5 = ±50 %). */
export const EXPLORE_MAX_JITTER = 0.5;
/** Distinct outcomes listed; schedules reaching further ones are counted in `unlisted`. */
export const EXPLORE_MAX_OUTCOMES = 64;
/** Stdout kept per listed outcome, in bytes of text (longer output is cut with a marker). */
export const EXPLORE_MAX_OUTCOME_STDOUT_BYTES = 16 * 1024;
/** Seed of the random walks when the request names none. */
export const EXPLORE_DEFAULT_SEED = 1;
/** Longest schedule string a request may carry (replays and share links), in characters. */
export const MAX_SCHEDULE_CHARS = 256 * 1024;
/**
 * Longest schedule a worker may report, in characters: a run of MAX_MACROTASKS choice points with
 * 6-digit indices. Longer than a request may carry, but a report must never fail validation.
 */
export const MAX_REPORTED_SCHEDULE_CHARS = 400 * 1024;
/** Largest choices report (CHOICES_GLOBAL JSON) a worker may send for a replay, in characters. */
export const MAX_CHOICES_JSON_CHARS = 4 * 1024 * 1024;

/** What one exploration is asked for, within the limits above. */
export interface ExploreOptions {
  /** Schedules to run at most. */
  budget: number;
  /** Latency jitter as a fraction of each delay (0 = exact ties only). */
  jitter: number;
  /** Seed of the random walks. */
  seed: number;
}
