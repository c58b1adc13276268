// The floor row: a fresh bare isolated-vm isolate per run inside this process (floor.ts), the
// same program on a minimal virtual clock with no instrumentation, no trace, no worker process
// and no HTTP. Types are stripped per run, as every other row turns TypeScript into JS per run.
import { fork, type ChildProcess } from 'node:child_process';
import { floorProgram, runFloorOutput } from '../floor.ts';
import type { FloorJob, FloorReport } from './floor-process.ts';
import type { Way } from './way.ts';

const PROCESS_SCRIPT = new URL('./floor-process.ts', import.meta.url);
/** isolated-vm needs --no-node-snapshot on Node 20+; stripTypeScriptTypes warns that it is experimental. */
const PROCESS_FLAGS = ['--no-node-snapshot', '--disable-warning=ExperimentalWarning'];

export function isolateFloorWay(seed: string): Way {
  const throughput = { durationMs: 3_000, minRunsPerCaller: 1 };
  return {
    name: 'bare isolate (floor)',
    note: 'fresh isolated-vm isolate per run, virtual clock shim; no instrumentation, trace, worker or HTTP; runs/s in C processes',
    warmupRuns: 50,
    latencyRuns: 500,
    throughput,
    run: async () => runFloorOutput(floorProgram(seed)),
    // Runs are synchronous here, so concurrent callers would take turns: one process each
    // (isolated-vm in worker threads aborted the process on terminate).
    runsPerSecond: (concurrency, expected) => floorInProcesses(concurrency, { seed, expected: [...expected], durationMs: throughput.durationMs }),
  };
}

async function floorInProcesses(concurrency: number, job: FloorJob): Promise<number> {
  const children = Array.from({ length: concurrency }, () => fork(PROCESS_SCRIPT, { execArgv: PROCESS_FLAGS }));
  try {
    const ready = children.map((child) => nextMessage(child));
    children.forEach((child) => child.send(job));
    await Promise.all(ready); // each has warmed up
    const reports = children.map((child) => nextMessage(child) as Promise<FloorReport>);
    children.forEach((child) => child.send('go'));
    const done = await Promise.all(reports);
    const runs = done.reduce((sum, report) => sum + report.runs, 0);
    return runs / (Math.max(...done.map((report) => report.ms)) / 1000);
  } finally {
    children.forEach((child) => child.kill());
  }
}

function nextMessage(child: ChildProcess): Promise<unknown> {
  return new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`floor process exited with ${code} before reporting`)));
  });
}
