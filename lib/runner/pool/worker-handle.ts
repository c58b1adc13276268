// One sandbox worker process seen from the pool: spawning it, sending it a run, validating what it
// says, and turning its death or silence into a finished result for the run it held. While it runs
// a program the pool watches its RSS and CPU time from outside and kills it past their limits.
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { childEnvironment, projectRoot } from '../../env.ts';
import { TraceAssembler, type HostEnding } from '../trace-assembler.ts';
import type { RunCommand } from '../sandbox/worker-messages.ts';
import { checkWorkerMessage } from './worker-message-check.ts';
import type { RunResult } from '../protocol.ts';
import { endingForWorkerDeath, StderrTail, type WorkerKillReason } from './worker-exit.ts';
import { processCpuMs, processUsage } from './process-usage.ts';
import { MAX_CPU_MS, MAX_WORKER_RSS_MB, WORKER_CPU_KILL_MARGIN_MS, WORKER_MALLOC_ARENAS, WORKER_SEMI_SPACE_MB, WORKER_WATCH_INTERVAL_MS } from '../limits.ts';

/**
 * Node's compile cache for the workers' own modules (TypeScript, lib/), where build tools keep
 * theirs: a worker starts on ~0.7 s less CPU once one has written it (1.9 s → 1.2 s measured), and
 * it outlives a restart. Only our code goes in; user programs run in isolates, never as modules.
 */
const workerCompileCacheDir = () => path.join(projectRoot(), 'node_modules', '.cache', 'taskline-worker-compile');
/** A worker past this RSS is killed, in bytes. */
const MAX_WORKER_RSS_BYTES = MAX_WORKER_RSS_MB * 1024 * 1024;
/** A worker past this much CPU on one run (compile included) is killed, in ms. */
const WORKER_CPU_KILL_MS = MAX_CPU_MS + WORKER_CPU_KILL_MARGIN_MS;
import type { Schedule } from '../explore/schedule.ts';
import type { ExploreOptions } from '../explore/explore-limits.ts';
import type { ExploreReport } from '../explore/report.ts';
import { LineLabeller, workerStderrLabel } from './stderr-label.ts';

export interface Job {
  runId: number;
  code: string;
  /** A classroom test harness run after the program, as its own phase. */
  harness?: string;
  assembler: TraceAssembler;
  startedAt: number;
  finish(result: RunResult): void;
  /** Replay a schedule, or explore (lib/runner/explore); what the worker reports goes to onExtras. */
  schedule?: Schedule;
  explore?: ExploreOptions;
  onExtras?(extras: { choices?: string; explore?: ExploreReport }): void;
}

export interface WorkerHandleEvents {
  onIdle(handle: WorkerHandle): void;
  onExit(handle: WorkerHandle): void;
}

export class WorkerHandle {
  private readonly child: ChildProcess;
  private job: Job | null = null;
  private killTimer: NodeJS.Timeout | null = null;
  private ready = false;
  /** The worker said it exits after its last run: no job goes to it; its exit brings a replacement. */
  private retiring = false;
  private exited = false;
  private readonly stderr = new StderrTail();
  private watchTimer: NodeJS.Timeout | null = null;
  /** The process's CPU time when the run started, and what the run has used since, in ms. */
  private cpuAtStart = 0;
  private runCpuMs = 0;
  private compiled = false;
  private killedFor: WorkerKillReason | undefined;

  private readonly killAfterMs: number;
  private readonly events: WorkerHandleEvents;

  constructor(script: string, killAfterMs: number, events: WorkerHandleEvents) {
    this.killAfterMs = killAfterMs;
    this.events = events;
    // --no-node-snapshot: isolated-vm requires it on Node >= 20. The memory flags: limits.ts.
    // stderr is piped (and passed on, each line labelled) so a death can be classified by what V8 printed.
    this.child = fork(script, [], {
      execArgv: ['--no-node-snapshot', `--max-semi-space-size=${WORKER_SEMI_SPACE_MB}`],
      env: childEnvironment({ MALLOC_ARENA_MAX: String(WORKER_MALLOC_ARENAS), NODE_COMPILE_CACHE: workerCompileCacheDir() }),
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    });
    const labeller = new LineLabeller(workerStderrLabel(this.child.pid));
    this.child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr.add(chunk);
      process.stderr.write(labeller.apply(chunk));
    });
    this.child.on('message', (raw) => this.onMessage(raw));
    // The run it held is settled on 'close', which comes after stderr is fully read; 'exit' only
    // stops new runs from being sent to it meanwhile.
    this.child.on('exit', () => { this.exited = true; });
    this.child.on('close', (code, signal) => this.onExit(code, signal));
    this.child.on('error', () => this.child.kill('SIGKILL'));
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Whether the worker ever finished starting; one that dies before that is a start-up failure. */
  get started(): boolean {
    return this.ready;
  }

  /** Holding a run (until its result is settled). */
  get busy(): boolean {
    return this.job !== null;
  }

  get idle(): boolean {
    return this.ready && !this.exited && !this.retiring && this.job === null;
  }

  start(job: Job): void {
    this.job = job;
    // A compile still going at the deadline is the program's size, not a stuck sandbox.
    this.killTimer = setTimeout(() => (this.compiled ? this.kill() : this.killFor('compile')), this.killAfterMs);
    this.cpuAtStart = (this.pid === undefined ? null : processCpuMs(this.pid)) ?? 0;
    this.runCpuMs = 0;
    this.compiled = false;
    this.watchTimer = setInterval(() => this.watch(), WORKER_WATCH_INTERVAL_MS);
    const command: RunCommand = {
      type: 'run', runId: job.runId, code: job.code, ...(job.harness === undefined ? {} : { harness: job.harness }),
      ...(job.schedule ? { schedule: job.schedule } : {}), ...(job.explore ? { explore: job.explore } : {}),
    };
    this.child.send(command);
  }

  kill(): void {
    if (!this.exited) this.child.kill('SIGKILL');
  }

  /** Stops run `runId` if this worker holds it: the caller went away (the run answers `busy`, stopped). */
  cancel(runId: number): void {
    if (this.job?.runId === runId) this.killFor('cancelled');
  }

  /** Kills the worker when its RSS or this run's CPU time (compile included) is past its limit. */
  private watch(): void {
    const usage = this.pid === undefined || this.exited ? null : processUsage(this.pid);
    if (!usage) return;
    this.runCpuMs = Math.max(0, usage.cpuMs - this.cpuAtStart);
    if (usage.rssBytes > MAX_WORKER_RSS_BYTES) this.killFor('memory');
    else if (this.runCpuMs > WORKER_CPU_KILL_MS) this.killFor(this.compiled ? 'cpu' : 'compile');
  }

  private killFor(reason: WorkerKillReason): void {
    // The CPU used so far, for the ending (a stopped run reports what it burnt).
    if (reason === 'cancelled' && this.pid !== undefined) {
      const usage = processUsage(this.pid);
      if (usage) this.runCpuMs = Math.max(0, usage.cpuMs - this.cpuAtStart);
    }
    this.killedFor ??= reason;
    this.kill();
  }

  private stopWatching(): void {
    if (this.watchTimer) clearInterval(this.watchTimer);
    this.watchTimer = null;
  }

  private onMessage(raw: unknown): void {
    const message = checkWorkerMessage(raw);
    if (!message) return this.kill(); // a worker that speaks nonsense is compromised or broken
    if (message.type === 'ready') {
      this.ready = true;
      this.events.onIdle(this);
      return;
    }
    const job = this.job;
    if (!job || message.runId !== job.runId) return;
    if (message.type === 'compiled') {
      this.compiled = true;
      return;
    }
    for (const chunk of message.chunks) job.assembler.addChunk(chunk);
    if (message.type === 'done') {
      job.onExtras?.({ choices: message.choices, explore: message.explore });
      if (message.retiring) this.retiring = true;
      this.settle(message.ending);
      if (!this.retiring) this.events.onIdle(this);
    }
  }

  private settle(ending: HostEnding): void {
    const job = this.job;
    if (!job) return;
    this.job = null;
    if (this.killTimer) clearTimeout(this.killTimer);
    this.killTimer = null;
    this.stopWatching();
    job.finish(job.assembler.finish(ending));
  }

  private onExit(code: number | null, signal: NodeJS.Signals | null): void {
    this.exited = true;
    this.stopWatching();
    const job = this.job;
    if (job) {
      const wallMs = performance.now() - job.startedAt;
      const { killedFor, runCpuMs: cpuMs } = this;
      this.settle(endingForWorkerDeath({ code, signal, stderrTail: this.stderr.text(), wallMs, killAfterMs: this.killAfterMs, killedFor, cpuMs }));
    }
    this.events.onExit(this);
  }
}
