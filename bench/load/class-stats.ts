// Per-class tallies of one load phase: status codes, Retry-After on 503s, errors, latencies, and
// for benign traffic the RunResult status, so the table can tell a 200 that ran wrong.

export interface Answer {
  status: number;
  /** Whether a 503 carried Retry-After. */
  retryAfter: boolean;
  latencyMs: number;
  /** RunResult.status of a 2xx body, when it was read. */
  runStatus?: string;
}

export class ClassStats {
  readonly name: string;
  requests = 0;
  ok2xx = 0;
  tooMany429 = 0;
  busy503 = 0;
  busy503WithRetryAfter = 0;
  otherNon2xx = 0;
  errors = 0;
  timeouts = 0;
  /** RunResult statuses of 2xx answers, when bodies were read. */
  readonly runStatuses = new Map<string, number>();
  private readonly latencies: number[] = [];

  constructor(name: string) {
    this.name = name;
  }

  answer(a: Answer): void {
    this.requests++;
    this.latencies.push(a.latencyMs);
    if (a.status >= 200 && a.status < 300) this.ok2xx++;
    else if (a.status === 429) this.tooMany429++;
    else if (a.status === 503) {
      this.busy503++;
      if (a.retryAfter) this.busy503WithRetryAfter++;
    } else this.otherNon2xx++;
    if (a.runStatus) this.runStatuses.set(a.runStatus, (this.runStatuses.get(a.runStatus) ?? 0) + 1);
  }

  /** A request that got no answer: a socket error, or no answer within the client's timeout. */
  failed(kind: 'error' | 'timeout'): void {
    this.requests++;
    if (kind === 'timeout') this.timeouts++;
    else this.errors++;
  }

  get non2xx(): number {
    return this.requests - this.ok2xx;
  }

  /** Latency percentile over answered requests, in ms (nearest rank). */
  percentile(p: number): number {
    if (this.latencies.length === 0) return NaN;
    const sorted = this.sorted();
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  }

  get maxMs(): number {
    return this.latencies.length === 0 ? NaN : this.sorted().at(-1)!;
  }

  private sorted(): number[] {
    return [...this.latencies].sort((a, b) => a - b);
  }
}
