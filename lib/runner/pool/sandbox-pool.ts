// A fixed pool of sandbox worker processes with a bounded FIFO queue. A full queue answers `busy`
// at once instead of growing; a dead worker is replaced and its run reported as `crash`.
import { TraceAssembler } from '../trace-assembler.ts';
import { WorkerHandle, type Job } from './worker-handle.ts';
import { MAX_QUEUED_RUNS, MAX_WALL_MS, WORKER_KILL_GRACE_MS } from '../limits.ts';
import type { RunResult } from '../protocol.ts';
import { busyResult, startFailureResult } from '../results.ts';

/** First delay before replacing a worker that died while starting, in ms; doubles per failure. */
const RESPAWN_BACKOFF_MS = 100;
/** Longest delay between start-up attempts, in ms. */
const MAX_RESPAWN_BACKOFF_MS = 5_000;
/** Consecutive start-up failures after which queued runs are answered instead of left waiting. */
const START_FAILURES_BEFORE_GIVING_UP = 3;

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
  private startFailures = 0;
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
      onIdle: () => {
        this.startFailures = 0;
        this.dispatch();
      },
      onExit: (dead) => this.replace(dead),
    });
    this.workers.add(handle);
  }

  /** Replaces a dead worker at once, or with backoff when workers keep dying while starting. */
  private replace(dead: WorkerHandle): void {
    this.workers.delete(dead);
    if (this.closed) return;
    if (dead.started) return this.spawn();
    this.startFailures++;
    if (this.startFailures >= START_FAILURES_BEFORE_GIVING_UP && ![...this.workers].some((w) => w.started)) {
      for (const job of this.queue.splice(0)) job.finish(startFailureResult());
    }
    const delay = Math.min(MAX_RESPAWN_BACKOFF_MS, RESPAWN_BACKOFF_MS * 2 ** (this.startFailures - 1));
    setTimeout(() => this.closed || this.spawn(), delay).unref();
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
