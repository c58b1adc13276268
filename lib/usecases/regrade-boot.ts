// Starts this instance's regrade worker when the server boots (bin/server.ts), so a PostgreSQL
// deployment's instances take queued jobs (including a dead instance's) without waiting for a
// regrade request. SQLite's in-process queue still starts with the first regrade request.
import { databaseUrl, projectRoot } from '../env.ts';
import { parseDatabaseUrl } from '../db/database-url.ts';
import { gradingQueue } from './regrade-queue.ts';
import type { GradingQueue } from './grading-queue.ts';

/**
 * Starts the grading queue's worker if the database is PostgreSQL; resolves to the queue, or null
 * when nothing was started. A database that is down at boot is logged, not fatal: the regrade
 * routes start the queue on their next request.
 */
export async function startGradingAtBoot(
  url: string = databaseUrl(), start: () => Promise<GradingQueue> = gradingQueue,
): Promise<GradingQueue | null> {
  if (parseDatabaseUrl(url, projectRoot()).provider !== 'postgresql') return null;
  try {
    const queue = await start();
    console.log('taskline: regrade worker started (pg-boss)');
    return queue;
  } catch (error) {
    console.error('taskline: the regrade worker could not start at boot; the next regrade request retries', error);
    return null;
  }
}
