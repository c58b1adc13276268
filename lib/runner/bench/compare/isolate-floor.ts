// The floor row: a fresh bare isolated-vm isolate per run inside this process (floor.ts), the
// same program on a minimal virtual clock with no instrumentation, no trace, no worker process
// and no HTTP. Types are stripped per run, as every other row turns TypeScript into JS per run.
import { Worker } from 'node:worker_threads';
import { floorProgram, runFloorOutput } from '../floor.ts';
import type { FloorThreadData, FloorThreadReport } from './floor-thread.ts';
import type { Way } from './way.ts';

const THREAD_SCRIPT = new URL('./floor-thread.ts', import.meta.url);

export function isolateFloorWay(seed: string): Way {
  const throughput = { durationMs: 3_000, minRunsPerCaller: 1 };
  return {
    name: 'bare isolate (floor)',
    note: 'fresh isolated-vm isolate per run in-process, virtual clock shim; no instrumentation, trace, worker or HTTP',
    warmupRuns: 50,
    latencyRuns: 500,
    throughput,
    run: async () => runFloorOutput(floorProgram(seed)),
    // Runs are synchronous here, so concurrent callers would take turns: use one thread each.
    runsPerSecond: (concurrency, expected) => floorOnThreads(concurrency, { seed, expected: [...expected], durationMs: throughput.durationMs }),
  };
}

async function floorOnThreads(concurrency: number, data: Omit<FloorThreadData, 'startAt'>): Promise<number> {
  const workers = Array.from({ length: concurrency }, () => new Worker(THREAD_SCRIPT, { workerData: data }));
  try {
    await Promise.all(workers.map((worker) => nextMessage(worker))); // each has warmed up
    workers.forEach((worker) => worker.postMessage('go'));
    const reports = (await Promise.all(workers.map((worker) => nextMessage(worker)))) as FloorThreadReport[];
    const runs = reports.reduce((sum, report) => sum + report.runs, 0);
    return runs / (Math.max(...reports.map((report) => report.ms)) / 1000);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

function nextMessage(worker: Worker): Promise<unknown> {
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}
