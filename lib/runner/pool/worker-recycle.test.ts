// A worker serving many distinct programs (every run compiled anew, as for a class) keeps its
// memory under WORKER_RECYCLE_RSS_MB, so it is not replaced every few hundred runs: V8's young
// generation grew to 128 MB under TypeScript's allocations until it was capped (limits.ts).
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { SandboxPool } from './sandbox-pool.ts';
import { sandboxWorkerScript } from '../../env.ts';
import { seedPath } from '../corpus/seeds.ts';
import { processUsage } from './process-usage.ts';
import { WORKER_RECYCLE_RSS_MB } from '../limits.ts';

/** Distinct programs run one after another; the uncapped worker was replaced after ~150–200. */
const DISTINCT_PROGRAMS = 300;

const pool = new SandboxPool({ workerScript: sandboxWorkerScript(), size: 1, maxQueued: DISTINCT_PROGRAMS });
afterAll(() => pool.close());

describe('a worker compiling distinct programs', () => {
  it(`runs ${DISTINCT_PROGRAMS} of them without being replaced, below the recycle line`, async () => {
    const seed = readFileSync(seedPath('3_other_tasks.ts'), 'utf8');
    const first = await pool.run(seed);
    expect(first.status).toBe('ok');
    const [pid] = pool.workerPids();
    let peakRssMb = 0;
    for (let i = 0; i < DISTINCT_PROGRAMS; i++) {
      const result = await pool.run(`${seed}\n// distinct program ${i}\n`);
      expect(result.status).toBe('ok');
      peakRssMb = Math.max(peakRssMb, (processUsage(pid!)?.rssBytes ?? 0) / 1024 / 1024);
    }
    expect(pool.workerPids()).toEqual([pid]);
    expect(peakRssMb).toBeLessThan(WORKER_RECYCLE_RSS_MB);
  }, 180_000);
});
