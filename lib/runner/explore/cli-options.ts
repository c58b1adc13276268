// Exploration settings from text (CLI flags, query strings): budget, jitter and seed, each checked
// against its limit with a message that names it.
import type { ExploreOptions } from './explore-limits.ts';
import { exploreOptions } from './explore-code.ts';
import { EXPLORE_MAX_BUDGET_SCHEDULES, EXPLORE_MAX_JITTER } from './explore-limits.ts';

export type ParsedExploreOptions = { ok: true; options: ExploreOptions } | { ok: false; error: string };

export function parseExploreFlags(values: { budget?: string; jitter?: string; seed?: string }): ParsedExploreOptions {
  const budget = values.budget === undefined ? undefined : Number(values.budget);
  if (budget !== undefined && !(Number.isInteger(budget) && budget >= 1 && budget <= EXPLORE_MAX_BUDGET_SCHEDULES)) {
    return { ok: false, error: `--budget is a whole number of schedules from 1 to ${EXPLORE_MAX_BUDGET_SCHEDULES}` };
  }
  const jitter = values.jitter === undefined ? undefined : Number(values.jitter);
  if (jitter !== undefined && !(jitter >= 0 && jitter <= EXPLORE_MAX_JITTER)) {
    return { ok: false, error: `--jitter is a fraction from 0 to ${EXPLORE_MAX_JITTER} (0.1 = ±10 %)` };
  }
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !(Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff)) {
    return { ok: false, error: '--seed is a whole number from 0 to 4294967295' };
  }
  return { ok: true, options: exploreOptions({ budget, jitter, seed }) };
}
