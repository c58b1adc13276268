// The search over orderings: depth-first first (each schedule replays the last one's choices up to
// the deepest point with an untried option), random walks when depth-first cannot finish within its
// share of the budget, then shrinking of each outcome's schedule when the search was not exhaustive.
import { OutcomeTable, outcomeKey, type ScheduleResult } from './outcomes.ts';
import { compareSchedules } from './schedule.ts';
import { EXPLORE_DFS_SHARE, EXPLORE_SHRINK_RUNS } from './explore-limits.ts';

export type StopReason = 'budget' | 'time' | 'cpu' | 'timeout' | 'memory';

export interface SearchRunner {
  /**
   * Runs one schedule: `prefix` replayed, then the default (walkSeed 0) or a seeded random walk,
   * uniform or (pctDepth > 0) PCT-style.
   */
  run(prefix: number[], walkSeed: number, pctDepth?: number): ScheduleResult;
  /** Why no further schedule may start (the job's time or CPU is spent), or null. */
  spent(): 'time' | 'cpu' | null;
}

export interface SearchResult {
  explored: number;
  exhaustive: boolean;
  strategy: 'dfs' | 'dfs+random';
  stoppedBy: StopReason | null;
  table: OutcomeTable;
}

/** A schedule that ended the isolate's budget or the isolate itself: nothing more can run. */
const fatal = (r: ScheduleResult): StopReason | null => (r.status === 'timeout' || r.status === 'memory' ? r.status : null);

/** Walk number w of seed s as a non-zero 32-bit seed (0 means "no walk" to the chooser). */
export function walkSeed(seed: number, w: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(w + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h ^= h >>> 15;
  return (h >>> 0) || 1;
}

/** The next depth-first prefix after a path: bump the deepest choice with an untried option. */
export function nextPrefix(r: Pick<ScheduleResult, 'counts' | 'taken'>): number[] | null {
  let i = r.taken.length - 1;
  while (i >= 0 && r.taken[i]! + 1 >= r.counts[i]!) i--;
  return i < 0 ? null : [...r.taken.slice(0, i), r.taken[i]! + 1];
}

export function search(runner: SearchRunner, budget: number, seed: number, jitter = 0): SearchResult {
  const table = new OutcomeTable(jitter);
  const seen = new Set<string>();
  const dfsBudget = Math.max(1, Math.floor(budget * EXPLORE_DFS_SHARE));
  let runs = 0;
  let stoppedBy: StopReason | null = null;
  const record = (r: ScheduleResult): boolean => {
    const path = r.taken.join('.');
    if (seen.has(path)) return false;
    seen.add(path);
    table.add(r);
    return true;
  };
  let prefix: number[] | null = [];
  /** Choice points on the default path: where PCT places its change point. */
  let depth = 0;
  while (prefix !== null) {
    if (runs >= dfsBudget && runs < budget) break;
    stoppedBy = runs >= budget ? 'budget' : runner.spent();
    if (stoppedBy) break;
    const r = runner.run(prefix, 0);
    if (runs === 0) depth = r.taken.length;
    runs++;
    record(r);
    stoppedBy = fatal(r);
    if (stoppedBy) break;
    prefix = nextPrefix(r);
  }
  if (prefix === null) return { explored: seen.size, exhaustive: true, strategy: 'dfs', stoppedBy: null, table };
  let strategy: SearchResult['strategy'] = 'dfs';
  for (let w = 0; stoppedBy === null; w++) {
    stoppedBy = runs >= budget ? 'budget' : runner.spent();
    if (stoppedBy) break;
    strategy = 'dfs+random';
    // Walks alternate: uniform at random, then PCT-style (task priorities, one change point).
    const r = runner.run([], walkSeed(seed, w), w % 2 === 1 ? Math.max(1, depth) : 0);
    runs++;
    record(r);
    stoppedBy = fatal(r);
  }
  if (stoppedBy !== 'timeout' && stoppedBy !== 'memory') shrink(runner, table);
  return { explored: seen.size, exhaustive: false, strategy, stoppedBy, table };
}

/**
 * Greedy shrinking: for each non-default step of an outcome's best schedule, try the default there
 * (with the rest dropped, then with the rest kept), keeping any replay that reaches the same outcome
 * with a smaller schedule. The replayed path, not the attempt, is what is kept.
 */
function shrink(runner: SearchRunner, table: OutcomeTable): void {
  let left = EXPLORE_SHRINK_RUNS;
  for (const { key } of table.entries()) {
    let improved = true;
    while (improved && left > 0) {
      improved = false;
      const best = table.entries().find((e) => e.key === key)!.best;
      for (let i = best.length - 1; i >= 0 && !improved && left > 0; i--) {
        if (best[i] === 0) continue;
        for (const attempt of [best.slice(0, i), [...best.slice(0, i), 0, ...best.slice(i + 1)]]) {
          if (left-- <= 0 || runner.spent()) return;
          const r = runner.run(attempt, 0);
          if (fatal(r)) return;
          if (outcomeKey(r) === key && compareSchedules(r.taken, best) < 0 && table.improve(key, r.taken)) {
            improved = true;
            break;
          }
        }
      }
    }
  }
}
