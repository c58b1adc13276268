// The process-per-run row: a fresh `node` per run as the sandbox (permission model on, heap and
// wall capped like Taskline's runs), with time faked as process playgrounds fake it
// (virtual-clock.ts), so the figure is the cost of the process sandbox itself.
import path from 'node:path';
import { MAX_ISOLATE_MEMORY_MB, MAX_WALL_MS } from '../../../lib/runner/limits.ts';
import { runNodeProcess } from './node-process.ts';
import type { Way } from './way.ts';

export function processSandboxWay(seedPath: string): Way {
  const preload = path.join(import.meta.dirname, 'virtual-clock.ts');
  const args = [
    '--permission', `--allow-fs-read=${seedPath}`, `--allow-fs-read=${preload}`,
    `--max-old-space-size=${MAX_ISOLATE_MEMORY_MB}`,
    '--import', preload, seedPath,
  ];
  return {
    name: 'node process per run',
    note: 'fresh `node --permission` per run, virtual clock shim (faked time, like faketime), no trace',
    warmupRuns: 3,
    latencyRuns: 40,
    throughput: { durationMs: 3_000, minRunsPerCaller: 1 },
    run: () => runNodeProcess(args, MAX_WALL_MS),
  };
}
