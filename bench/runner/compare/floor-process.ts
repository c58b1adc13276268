// Child-process entry for the floor's runs/s (one per caller, like the pool's workers): warms up,
// waits for 'go', runs bare isolates back to back for the given time, checking each run's lines.
import { floorProgram, runFloorOutput } from '../floor.ts';

export interface FloorJob { seed: string; expected: string[]; durationMs: number }
export interface FloorReport { runs: number; ms: number }

const FLOOR_PROCESS_WARMUP_RUNS = 20;

process.once('message', (job: FloorJob) => {
  const want = job.expected.join('\n');
  const once = () => {
    const lines = runFloorOutput(floorProgram(job.seed));
    if (lines.join('\n') !== want) throw new Error(`the bare isolate printed something else:\n${lines.join('\n')}`);
  };
  for (let i = 0; i < FLOOR_PROCESS_WARMUP_RUNS; i++) once();
  process.send!('ready');
  process.once('message', () => {
    const start = performance.now();
    let runs = 0;
    while (performance.now() - start < job.durationMs) { once(); runs++; }
    process.send!({ runs, ms: performance.now() - start } satisfies FloorReport, () => process.disconnect());
  });
});
