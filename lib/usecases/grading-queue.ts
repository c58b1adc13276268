// The grading queue's one interface, and its in-process implementation for the SQLite default:
// jobs are ids of RegradeJob rows (the database holds their truth), worked one at a time here;
// after a restart the unfinished rows are queued again, so a job never stays "running" forever.
// PostgreSQL deployments use pg-boss behind the same interface (pg-boss-queue.ts).

/** Works one job: the id of a RegradeJob row. Must be safe to run again after a crash. */
export type JobHandler = (jobId: string) => Promise<void>;

export interface GradingQueue {
  enqueue(jobId: string): Promise<void>;
  /** Starts taking jobs on this instance. */
  work(handler: JobHandler): Promise<void>;
  stop(): Promise<void>;
}

export class InProcessQueue implements GradingQueue {
  private readonly pending: string[] = [];
  private handler: JobHandler | null = null;
  private busy: Promise<void> | null = null;
  private stopped = false;

  async enqueue(jobId: string): Promise<void> {
    if (!this.pending.includes(jobId)) this.pending.push(jobId);
    this.drain();
  }

  async work(handler: JobHandler): Promise<void> {
    this.handler = handler;
    this.drain();
  }

  /** Resolves once every queued job has been worked (tests). */
  async idle(): Promise<void> {
    while (this.busy) await this.busy;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.idle();
  }

  private drain(): void {
    if (this.busy || !this.handler || this.stopped) return;
    const next = this.pending.shift();
    if (next === undefined) return;
    const handler = this.handler;
    this.busy = (async () => {
      try {
        await handler(next);
      } catch (error) {
        // The handler records failures on the job row; anything escaping is a bug worth logging.
        console.error('taskline: regrade job failed', error);
      }
    })().finally(() => {
      this.busy = null;
      this.drain();
    });
  }
}
