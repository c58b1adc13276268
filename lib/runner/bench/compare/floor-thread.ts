// Worker-thread entry for the floor's runs/s: warms up, waits for 'go', then runs bare isolates
// back to back for the given time, checking every run printed Taskline's lines.
import { parentPort, workerData } from 'node:worker_threads';
import { floorProgram, runFloorOutput } from '../floor.ts';

export interface FloorThreadData { seed: string; expected: string[]; durationMs: number }
export interface FloorThreadReport { runs: number; ms: number }

const FLOOR_THREAD_WARMUP_RUNS = 20;

if (parentPort) {
  const port = parentPort;
  const { seed, expected, durationMs } = workerData as FloorThreadData;
  const want = expected.join('\n');
  const once = () => {
    const lines = runFloorOutput(floorProgram(seed));
    if (lines.join('\n') !== want) throw new Error(`the bare isolate printed something else:\n${lines.join('\n')}`);
  };
  for (let i = 0; i < FLOOR_THREAD_WARMUP_RUNS; i++) once();
  port.once('message', () => {
    const start = performance.now();
    let runs = 0;
    while (performance.now() - start < durationMs) { once(); runs++; }
    port.postMessage({ runs, ms: performance.now() - start } satisfies FloorThreadReport);
  });
  port.postMessage('ready');
}
