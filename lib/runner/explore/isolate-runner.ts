// Runs the schedules of one exploration inside a worker: the program is compiled once into one
// isolate, and each schedule gets a fresh context of it (the scheduler comes from the snapshot), so
// no schedule sees another's globals and none pays for a new isolate or a recompile.
import ivm from 'isolated-vm';
import type { ChooserConfig, TraceEvent } from '../../scheduler/abi.ts';
import type { MapPosition } from '../transpile/index.ts';
import type { RunError, RunStatus } from '../protocol.ts';
import { runInIsolate } from '../sandbox/run-in-isolate.ts';
import { schedulerSnapshot } from '../sandbox/scheduler-snapshot.ts';
import { schedulerConfig } from '../sandbox/scheduler-config.ts';
import { locateInSource } from '../sandbox/execute.ts';
import { MAX_CPU_MS, MAX_ISOLATE_MEMORY_MB, MAX_MACROTASKS, MAX_WALL_MS } from '../limits.ts';
import { EXPLORE_SEARCH_CPU_MS, EXPLORE_SEARCH_WALL_MS } from './explore-limits.ts';
import type { ScheduleResult } from './outcomes.ts';
import type { SearchRunner } from './search.ts';

const HOST_ERRORS: Partial<Record<RunStatus, RunError>> = {
  timeout: { name: 'TimeoutError', message: `the exploration exceeded its CPU limit of ${MAX_CPU_MS} ms or wall-clock limit of ${MAX_WALL_MS} ms`, line: 0, column: 0 },
  memory: { name: 'MemoryError', message: `the program exceeded the memory limit of ${MAX_ISOLATE_MEMORY_MB} MB`, line: 0, column: 0 },
  limit: { name: 'LimitError', message: `the program ran more than ${MAX_MACROTASKS.toLocaleString('en-US')} timer callbacks`, line: 0, column: 0 },
};

export class IsolateRunner implements SearchRunner {
  private readonly isolate: ivm.Isolate;
  private readonly script: ivm.Script;
  private readonly fromSnapshot: boolean;
  private readonly started = performance.now();
  private readonly cpuAtStart: number;
  private readonly program: string;
  private readonly mapPosition: MapPosition;
  private readonly jitter: number;
  private readonly web: boolean;

  /** `web`: the program uses the web-platform globals (sandbox/web-globals-use.ts). */
  constructor(program: string, mapPosition: MapPosition, jitter: number, web = false) {
    const snapshot = schedulerSnapshot(web);
    this.web = web;
    this.fromSnapshot = snapshot !== null;
    this.isolate = new ivm.Isolate({ memoryLimit: MAX_ISOLATE_MEMORY_MB, ...(snapshot ? { snapshot } : {}) });
    this.cpuAtStart = Number(this.isolate.cpuTime);
    this.script = this.isolate.compileScriptSync(program, { filename: 'main.js' });

    this.program = program;
    this.mapPosition = mapPosition;
    this.jitter = jitter;
  }

  get wallMs(): number { return performance.now() - this.started; }
  get cpuMs(): number {
    try { return (Number(this.isolate.cpuTime) - this.cpuAtStart) / 1e6; } catch { return this.wallMs; }
  }

  spent(): 'time' | 'cpu' | null {
    if (this.wallMs >= EXPLORE_SEARCH_WALL_MS) return 'time';
    if (this.cpuMs >= EXPLORE_SEARCH_CPU_MS) return 'cpu';
    return null;
  }

  run(prefix: number[], walkSeed: number, pctDepth = 0): ScheduleResult {
    // collect: the trace stays in the isolate until the end (one read instead of one per step).
    const choices: ChooserConfig = { schedule: prefix, walkSeed, pctDepth, jitter: this.jitter, detail: false, collect: true };
    const stdout: string[] = [];
    let end: Extract<TraceEvent, ['end', ...unknown[]]> | undefined;
    if (this.isolate.isDisposed) return { status: 'memory', stdout, virtualMs: 0, counts: [], taken: [], error: HOST_ERRORS.memory };
    const out = runInIsolate({
      program: this.program, config: { ...schedulerConfig(), choices },
      // The whole exploration is one job: each schedule gets what is left of the job's limits.
      cpuMs: MAX_CPU_MS - this.cpuMs, wallMs: MAX_WALL_MS - this.wallMs,
      memoryMb: MAX_ISOLATE_MEMORY_MB, maxMacrotasks: MAX_MACROTASKS, webGlobals: this.web,
      shared: { isolate: this.isolate, script: this.script, fromSnapshot: this.fromSnapshot },
    }, (chunk) => {
      for (const e of JSON.parse(chunk) as TraceEvent[]) {
        if (e[0] === 'log' && e[2] === 'stdout') stdout.push(e[3]);
        else if (e[0] === 'end') end = e;
      }
    });
    // An isolate killed for memory cannot say which choices it made: the replayed prefix is what is
    // known (exact for depth-first runs, whose choices past the prefix are all defaults).
    const made = out.choicesJson ? (JSON.parse(out.choicesJson) as { n: number[]; c: number[] }) : { n: prefix.map((c) => c + 1), c: prefix };
    const status: RunStatus = out.hostStatus === 'ok' || out.hostStatus === 'error' ? (end?.[1] ?? 'error') : out.hostStatus;
    let error = HOST_ERRORS[status];
    if (!error && end?.[3]) {
      const at = locateInSource(end[3].stack, this.mapPosition) ?? { line: 0, column: 0 };
      error = { name: end[3].name.slice(0, 1_000), message: end[3].message.slice(0, 10_000), ...at };
    }
    return { status, stdout, virtualMs: end?.[2] ?? 0, counts: made.n, taken: made.c, ...(error ? { error } : {}) };
  }

  dispose(): void {
    if (!this.isolate.isDisposed) this.isolate.dispose();
  }
}
