// Which clients hold workers and which are heavy (a recent run hit the CPU, wall or memory limit,
// crashed, or burned CPU), so the pool can cap heavy clients and keep workers for everyone else.
// Pure: the clock is injected.
import { isLowPriority } from './priority.ts';
import {
  HEAVY_CLIENT_PENALTY_MS,
  HEAVY_CLIENTS_MAX_WORKER_FRACTION,
  HEAVY_RUN_CPU_MS,
  HEAVY_RUN_WALL_MS,
  MAX_TRACKED_HEAVY_CLIENTS,
  MAX_WORKERS_PER_HEAVY_CLIENT,
} from '../limits.ts';
import type { RunResult, RunStatus } from '../protocol.ts';
import { ANONYMOUS_CLIENT } from './fair-queue.ts';

const HEAVY_STATUSES: ReadonlySet<RunStatus> = new Set(['timeout', 'memory', 'crash']);

/** Whether a finished run should mark its client heavy; `wallMs` is measured by the host. */
export function isHeavyRun(result: RunResult, wallMs: number): boolean {
  return HEAVY_STATUSES.has(result.status) || result.stats.cpuMs > HEAVY_RUN_CPU_MS || wallMs > HEAVY_RUN_WALL_MS;
}

/** Workers heavy clients may hold together in a pool of `size`. */
export function heavyWorkerCap(size: number): number {
  return Math.max(1, Math.floor(size * HEAVY_CLIENTS_MAX_WORKER_FRACTION));
}

export class ClientLoad {
  /** Start times of the runs each client has on a worker now. */
  private readonly running = new Map<string, number[]>();
  /** Until when each heavy client stays heavy; insertion order is the order they were marked. */
  private readonly heavyUntil = new Map<string, number>();
  private readonly cap: number;
  private readonly now: () => number;

  constructor(poolSize: number, now: () => number = () => performance.now()) {
    this.cap = heavyWorkerCap(poolSize);
    this.now = now;
  }

  held(client: string): number {
    return this.running.get(client)?.length ?? 0;
  }

  /**
   * Heavy: marked by a recent run, or holding a run that has gone on too long already (caught
   * while it runs, not only once it ends). The anonymous client is trusted and never heavy.
   */
  isHeavy(client: string): boolean {
    if (client === ANONYMOUS_CLIENT) return false;
    // Background work is always treated as heavy: served last, one worker at most (priority.ts).
    if (isLowPriority(client)) return true;
    const until = this.heavyUntil.get(client);
    if (until !== undefined) {
      if (until > this.now()) return true;
      this.heavyUntil.delete(client);
    }
    const longAgo = this.now() - HEAVY_RUN_WALL_MS;
    return (this.running.get(client) ?? []).some((startedAt) => startedAt <= longAgo);
  }

  /** A heavy client may start a run only within its own share and the heavy clients' share. */
  mayStart(client: string): boolean {
    if (!this.isHeavy(client)) return true;
    if (this.held(client) >= MAX_WORKERS_PER_HEAVY_CLIENT) return false;
    let heavyHeld = 0;
    for (const [other, starts] of this.running) if (this.isHeavy(other)) heavyHeld += starts.length;
    return heavyHeld < this.cap;
  }

  /** Records a run handed to a worker; returns its start time, to pass to finished(). */
  started(client: string): number {
    const startedAt = this.now();
    const starts = this.running.get(client) ?? [];
    starts.push(startedAt);
    this.running.set(client, starts);
    return startedAt;
  }

  finished(client: string, startedAt: number, result: RunResult): void {
    const starts = this.running.get(client) ?? [];
    const index = starts.indexOf(startedAt);
    if (index >= 0) starts.splice(index, 1);
    if (starts.length === 0) this.running.delete(client);
    if (client !== ANONYMOUS_CLIENT && isHeavyRun(result, this.now() - startedAt)) this.markHeavy(client);
  }

  private markHeavy(client: string): void {
    this.heavyUntil.delete(client); // re-inserted last: forgotten last
    this.heavyUntil.set(client, this.now() + HEAVY_CLIENT_PENALTY_MS);
    if (this.heavyUntil.size > MAX_TRACKED_HEAVY_CLIENTS) this.heavyUntil.delete(this.heavyUntil.keys().next().value!);
  }
}
