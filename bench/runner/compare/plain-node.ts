// The plain-node row: what a user without Taskline does, `node program.ts` in a fresh process
// with asyncio on real timers (real-timers.ts). Every run really waits its 3 seconds.
import path from 'node:path';
import { runNodeProcess } from './node-process.ts';
import type { Way } from './way.ts';

/** Kill a run that has not finished long after its 3 real seconds. */
const REAL_TIMER_RUN_TIMEOUT_MS = 15_000;

export function plainNodeWay(seedPath: string): Way {
  const preload = path.join(import.meta.dirname, 'real-timers.ts');
  return {
    name: 'plain node, real timers',
    note: 'fresh `node` per run, asyncio.sleep = setTimeout: the sleeps really wait; no sandbox, no trace',
    warmupRuns: 0,
    latencyRuns: 5,
    // One round per caller: real timers overlap, so C callers finish C runs in about 3 s.
    throughput: { durationMs: 0, minRunsPerCaller: 1 },
    run: () => runNodeProcess(['--import', preload, seedPath], REAL_TIMER_RUN_TIMEOUT_MS),
  };
}
