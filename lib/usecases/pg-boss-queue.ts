// The grading queue on PostgreSQL: pg-boss stores jobs in its own schema beside the app's, so
// jobs survive restarts and every app instance works from the same queue. A worker that dies
// (kill -9) stops sending heartbeats; pg-boss's monitor then fails the job and it is retried,
// on whichever instance claims it first.
import { PgBoss } from 'pg-boss';
import type { PostgresTarget } from '../db/database-url.ts';
import type { GradingQueue, JobHandler } from './grading-queue.ts';

export const REGRADE_QUEUE = 'regrade';
/** Seconds without a heartbeat before a job's worker is presumed dead (pg-boss's minimum is 10). */
export const REGRADE_HEARTBEAT_S = 10;
/** Attempts after the first before a job is marked failed (a dead worker costs one). */
export const REGRADE_RETRY_LIMIT = 5;
/** Seconds between retries of a failed attempt. */
export const REGRADE_RETRY_DELAY_S = 1;
/** Seconds between pg-boss's checks for dead workers and expired jobs. */
export const REGRADE_MONITOR_INTERVAL_S = 2;
/** Seconds between polls for new jobs when no notification arrives. */
export const REGRADE_POLL_INTERVAL_S = 1;

/** pg-boss's schema: next to the app's, so each app schema (tests use fresh ones) has its own queue. */
export const bossSchema = (target: PostgresTarget) => `${target.schema}_boss`;

export class PgBossQueue implements GradingQueue {
  private readonly boss: PgBoss;
  private started: Promise<void> | null = null;

  constructor(target: PostgresTarget) {
    this.boss = new PgBoss({
      connectionString: target.connectionString,
      schema: bossSchema(target),
      monitorIntervalSeconds: REGRADE_MONITOR_INTERVAL_S,
      superviseIntervalSeconds: REGRADE_MONITOR_INTERVAL_S,
    });
    this.boss.on('error', (error: unknown) => console.error('taskline: pg-boss', error));
  }

  private start(): Promise<void> {
    this.started ??= (async () => {
      await this.boss.start();
      await this.boss.createQueue(REGRADE_QUEUE, {
        retryLimit: REGRADE_RETRY_LIMIT, retryDelay: REGRADE_RETRY_DELAY_S, heartbeatSeconds: REGRADE_HEARTBEAT_S,
      }).catch(() => {}); // another instance created it first
    })();
    return this.started;
  }

  async enqueue(jobId: string): Promise<void> {
    await this.start();
    await this.boss.send(REGRADE_QUEUE, { jobId });
  }

  async work(handler: JobHandler): Promise<void> {
    await this.start();
    await this.boss.work<{ jobId: string }>(REGRADE_QUEUE, { batchSize: 1, pollingIntervalSeconds: REGRADE_POLL_INTERVAL_S }, async ([job]) => {
      if (job) await handler(job.data.jobId);
    });
  }

  async stop(): Promise<void> {
    if (this.started) await this.boss.stop({ graceful: false });
  }
}
