// The process's grading queue: pg-boss when DATABASE_URL is PostgreSQL, in-process for SQLite,
// with this instance working jobs as soon as it exists. Kept on globalThis so dev-mode reloads
// reuse it. Started at boot by bin/server.ts on PostgreSQL (regrade-boot.ts), else by the regrade
// routes (POST and the progress poll); not by a Next.js instrumentation hook: that hook is bundled
// apart and would open a second database client.
import { databaseUrl, projectRoot } from '../env.ts';
import { parseDatabaseUrl } from '../db/database-url.ts';
import { database } from '../db/database.ts';
import type { Db } from '../db/client.ts';
import { unfinishedRegradeJobs } from '../db/regrade-jobs.ts';
import { InProcessQueue, type GradingQueue } from './grading-queue.ts';
import { PgBossQueue } from './pg-boss-queue.ts';
import { runRegradeJob } from './regrade.ts';

const holder = globalThis as typeof globalThis & { __tasklineGradingQueue?: Promise<GradingQueue> };

async function create(): Promise<GradingQueue> {
  const target = parseDatabaseUrl(databaseUrl(), projectRoot());
  const queue = target.provider === 'postgresql' ? new PgBossQueue(target) : new InProcessQueue();
  const db = await database();
  // One line per job taken and finished: which instance worked what (and the kill -9 scenario reads it).
  await queue.work(async (jobId) => {
    console.log(`taskline: regrade job ${jobId} started`);
    await runRegradeJob(await database(), jobId);
    console.log(`taskline: regrade job ${jobId} finished`);
  });
  if (queue instanceof InProcessQueue) await resumeUnfinished(db, queue);
  return queue;
}

/** In-process jobs live only in their process: after a restart, unfinished rows are queued again. */
export async function resumeUnfinished(db: Db, queue: GradingQueue): Promise<number> {
  const jobs = await unfinishedRegradeJobs(db);
  for (const job of jobs) await queue.enqueue(job.id);
  return jobs.length;
}

export function gradingQueue(): Promise<GradingQueue> {
  holder.__tasklineGradingQueue ??= create().catch((error: unknown) => {
    holder.__tasklineGradingQueue = undefined;
    throw error;
  });
  return holder.__tasklineGradingQueue;
}
