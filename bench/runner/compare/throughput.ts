// Runs per second with C concurrent callers: each caller starts its next run as soon as its last
// one ends, until the deadline has passed and it has done its minimum number of runs.

export interface ThroughputPlan {
  /** Keep calling until this much wall time has passed. */
  durationMs: number;
  /** ...and until every caller has finished at least this many runs (slow ways: one round). */
  minRunsPerCaller: number;
}

export async function runsPerSecond(concurrency: number, plan: ThroughputPlan, run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  const deadline = start + plan.durationMs;
  let done = 0;
  const caller = async () => {
    for (let mine = 0; mine < plan.minRunsPerCaller || performance.now() < deadline; mine++) {
      await run();
      done++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, caller));
  return done / ((performance.now() - start) / 1000);
}
