// A fixed pool of sandbox worker processes fed by a fair, bounded queue (fair-queue.ts) that serves
// heavy clients last and caps the workers they hold (client-load.ts). A full queue answers `busy` at
// once, so does a run that waited too long; a dead worker is replaced and its run reported `crash`.
// `spare` workers beyond `size` stay warm so a replaced worker's place is taken at once.
import { TraceAssembler } from '../trace-assembler.ts';
import { WorkerHandle, type Job } from './worker-handle.ts';
import { ANONYMOUS_CLIENT, FairQueue } from './fair-queue.ts';
import { ClientLoad } from './client-load.ts';
import { MAX_QUEUE_WAIT_MS, MAX_QUEUED_RUNS, MAX_QUEUED_RUNS_PER_CLIENT, MAX_WALL_MS, WORKER_KILL_GRACE_MS } from '../limits.ts';
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
  /** Runs served at once. */
  size: number;
  /**
   * Warm processes kept beyond `size` (default 0; the web app keeps SPARE_WORKERS): at most `size`
   * run at once, so one is always ready to take the place of a worker a limit killed.
   */
  spare?: number;
  maxQueued?: number;
  maxQueuedPerClient?: number;
  maxQueueWaitMs?: number;
  killAfterMs?: number;
}

/** What a replay or an exploration adds to a job (one queue, one worker, the same limits). */
export type JobExtras = Pick<Job, 'schedule' | 'explore' | 'onExtras'>;

interface Waiting {
  job: Job;
  client: string;
  timer: NodeJS.Timeout;
  stopListening?: () => void;
  /** The caller's signal: once the run is on a worker, aborting it stops the worker (stopOnAbort). */
  signal?: AbortSignal;
}

export class SandboxPool {
  private readonly workers = new Set<WorkerHandle>();
  private readonly queue: FairQueue<Waiting>;
  private readonly load: ClientLoad;
  private readonly choice = {
    eligible: (client: string) => this.load.mayStart(client),
    heavy: (client: string) => this.load.isHeavy(client),
    held: (client: string) => this.load.held(client),
  };
  private nextRunId = 1;
  private closed = false;
  private startFailures = 0;
  private readonly maxQueueWaitMs: number;
  private readonly killAfterMs: number;

  private readonly options: PoolOptions;

  constructor(options: PoolOptions) {
    this.options = options;
    this.queue = new FairQueue({
      maxQueued: options.maxQueued ?? MAX_QUEUED_RUNS,
      maxQueuedPerClient: options.maxQueuedPerClient ?? MAX_QUEUED_RUNS_PER_CLIENT,
    });
    this.load = new ClientLoad(options.size);
    this.maxQueueWaitMs = options.maxQueueWaitMs ?? MAX_QUEUE_WAIT_MS;
    this.killAfterMs = options.killAfterMs ?? MAX_WALL_MS + WORKER_KILL_GRACE_MS;
    for (let i = 0; i < options.size + (options.spare ?? 0); i++) this.spawn();
  }

  /**
   * Runs `code` for `client` (a user id or address; runs without one share the anonymous client,
   * which is bounded only by the overall queue limit and never capped as heavy). An aborted
   * `signal` (the HTTP client went away, or pressed Stop) takes a run still waiting out of the
   * queue, and stops a run already on a worker (the worker is killed and replaced, so it burns no
   * more CPU). `harness`: a classroom test harness to run after the program, as its own phase.
   */
  run(code: string, client: string = ANONYMOUS_CLIENT, signal?: AbortSignal, harness?: string, extras?: JobExtras): Promise<RunResult> {
    if (this.closed) return Promise.reject(new Error('sandbox pool is closed'));
    if (signal?.aborted) return Promise.resolve(busyResult({ why: 'cancelled' }));
    return new Promise((resolve) => {
      const job: Job = { runId: this.nextRunId++, code, harness, assembler: new TraceAssembler(), startedAt: 0, finish: resolve, ...extras };
      const waiting: Waiting = { job, client, signal, timer: setTimeout(() => this.giveUp(waiting), this.maxQueueWaitMs) };
      waiting.timer.unref();
      const refusal = this.queue.push(client, waiting);
      if (refusal) {
        clearTimeout(waiting.timer);
        const queued = refusal === 'queue-full' ? this.queue.size : this.queue.queuedBy(client);
        return resolve(busyResult({ why: refusal, queued }));
      }
      if (signal) {
        const cancel = () => this.drop(waiting, busyResult({ why: 'cancelled' }));
        signal.addEventListener('abort', cancel, { once: true });
        waiting.stopListening = () => signal.removeEventListener('abort', cancel);
      }
      this.dispatch();
    });
  }

  /** Process ids of the live workers (for fault-injection tests and benchmarks). */
  workerPids(): number[] {
    return [...this.workers].flatMap((w) => (w.pid === undefined ? [] : [w.pid]));
  }

  get queued(): number {
    return this.queue.size;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const worker of this.workers) worker.kill();
    this.workers.clear();
    for (const waiting of this.queue.drain()) this.answer(waiting, busyResult({ why: 'closed' }));
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
      for (const waiting of this.queue.drain()) this.answer(waiting, startFailureResult());
    }
    const delay = Math.min(MAX_RESPAWN_BACKOFF_MS, RESPAWN_BACKOFF_MS * 2 ** (this.startFailures - 1));
    setTimeout(() => this.closed || this.spawn(), delay).unref();
  }

  /** Stops watching a run's queue-wait deadline and cancellation: it leaves the queue. */
  private unwatch(waiting: Waiting): void {
    clearTimeout(waiting.timer);
    waiting.stopListening?.();
  }

  /** Answers a run that never reached a worker. */
  private answer(waiting: Waiting, result: RunResult): void {
    this.unwatch(waiting);
    waiting.job.finish(result);
  }

  /** Answers a run still queued (it waited too long, or was cancelled) and drops it. */
  private drop(waiting: Waiting, result: RunResult): void {
    if (this.queue.remove(waiting.client, waiting)) this.answer(waiting, result);
  }

  private giveUp(waiting: Waiting): void {
    this.drop(waiting, busyResult({ why: 'waited', waitedMs: this.maxQueueWaitMs }));
  }

  /**
   * A worker runs its program synchronously and cannot read a message meanwhile, so a run whose
   * caller went away is stopped by killing its worker (replaced at once, like any dead worker).
   */
  private stopOnAbort({ job, signal }: Waiting, worker: WorkerHandle): void {
    if (!signal) return;
    const stop = () => worker.cancel(job.runId);
    signal.addEventListener('abort', stop, { once: true });
    const finish = job.finish;
    job.finish = (result) => {
      signal.removeEventListener('abort', stop);
      finish(result);
    };
  }

  private dispatch(): void {
    let busy = [...this.workers].filter((worker) => worker.busy).length;
    for (const worker of this.workers) {
      if (this.queue.size === 0 || busy >= this.options.size) return;
      if (!worker.idle) continue;
      const next = this.queue.next(this.choice);
      if (!next) return; // only heavy clients are waiting, and they hold their share already
      const { job, client } = next.item;
      this.unwatch(next.item);
      const startedAt = this.load.started(client);
      const finish = job.finish;
      job.finish = (result) => {
        this.load.finished(client, startedAt, result);
        finish(result);
      };
      job.startedAt = performance.now();
      this.stopOnAbort(next.item, worker);
      worker.start(job);
      busy++;
      // The busy worker goes to the back: the next run gets the worker idle longest, which has its
      // next run's context ready, rather than one still disposing the isolate of a run that hit a limit.
      this.workers.delete(worker);
      this.workers.add(worker);
    }
  }
}
