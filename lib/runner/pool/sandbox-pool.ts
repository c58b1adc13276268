// A fixed pool of sandbox worker processes with a bounded FIFO queue. A full queue answers `busy`
// at once instead of growing; a dead worker is replaced and its run reported as `crash`.
import { TraceAssembler } from '../trace-assembler.ts';
import { WorkerHandle, type Job } from './worker-handle.ts';
import { MAX_QUEUED_RUNS, MAX_WALL_MS, WORKER_KILL_GRACE_MS } from '../limits.ts';
import type { RunResult } from '../protocol.ts';
import { busyResult } from '../results.ts';

export interface PoolOptions {
  /** Path of lib/runner/sandbox/worker.ts. */
  workerScript: string;
  /** Worker processes kept alive. */
  size: number;
  maxQueued?: number;
  killAfterMs?: number;
}

export class SandboxPool {
  private readonly workers = new Set<WorkerHandle>();
  private readonly queue: Job[] = [];
  private nextRunId = 1;
  private closed = false;
  private readonly maxQueued: number;
  private readonly killAfterMs: number;

  private readonly options: PoolOptions;

  constructor(options: PoolOptions) {
    this.options = options;
    this.maxQueued = options.maxQueued ?? MAX_QUEUED_RUNS;
    this.killAfterMs = options.killAfterMs ?? MAX_WALL_MS + WORKER_KILL_GRACE_MS;
    for (let i = 0; i < options.size; i++) this.spawn();
  }

  run(code: string): Promise<RunResult> {
    if (this.closed) return Promise.reject(new Error('sandbox pool is closed'));
    if (this.queue.length >= this.maxQueued) return Promise.resolve(busyResult(this.maxQueued));
    return new Promise((resolve) => {
      this.queue.push({
        runId: this.nextRunId++,
        code,
        assembler: new TraceAssembler(),
        startedAt: 0,
        finish: resolve,
      });
      this.dispatch();
    });
  }

  /** Process ids of the live workers (for fault-injection tests and benchmarks). */
  workerPids(): number[] {
    return [...this.workers].flatMap((w) => (w.pid === undefined ? [] : [w.pid]));
  }

  get queued(): number {
    return this.queue.length;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const worker of this.workers) worker.kill();
    this.workers.clear();
    for (const job of this.queue.splice(0)) job.finish(busyResult(0));
  }

  private spawn(): void {
    const handle = new WorkerHandle(this.options.workerScript, this.killAfterMs, {
      onIdle: () => this.dispatch(),
      onExit: (dead) => {
        this.workers.delete(dead);
        if (!this.closed) this.spawn();
      },
    });
    this.workers.add(handle);
  }

  private dispatch(): void {
    for (const worker of this.workers) {
      if (this.queue.length === 0) return;
      if (!worker.idle) continue;
      const job = this.queue.shift()!;
      job.startedAt = performance.now();
      worker.start(job);
    }
  }
}
