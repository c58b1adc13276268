// Regrade jobs: one row per "regrade all", charged to the teacher who asked and stamped with the
// checks' version it grades under; updated as submissions are regraded, polled by the UI. The row
// is the job's truth on every app instance; the queue (lib/usecases/grading-queue.ts) only carries its id.
import type { Db } from './client.ts';
import { randomId, RECORD_ID_CHARS } from './ids.ts';

export type JobState = 'queued' | 'running' | 'done' | 'failed';

export interface RegradeJobRecord {
  id: string;
  assignmentId: string;
  teacherId: string;
  checksVersion: number;
  state: JobState;
  total: number;
  done: number;
  error: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const asJob = (row: Omit<RegradeJobRecord, 'state'> & { state: string }): RegradeJobRecord => ({ ...row, state: row.state as JobState });

export async function createRegradeJob(
  db: Db, input: { assignmentId: string; teacherId: string; checksVersion: number; total: number },
): Promise<RegradeJobRecord> {
  return asJob(await db.regradeJob.create({ data: { id: randomId(RECORD_ID_CHARS), ...input, state: input.total ? 'queued' : 'done' } }));
}

export async function findRegradeJob(db: Db, id: string): Promise<RegradeJobRecord | null> {
  const row = await db.regradeJob.findUnique({ where: { id } });
  return row && asJob(row);
}

/** The assignment's newest job, to show progress after a page reload. */
export async function latestRegradeJob(db: Db, assignmentId: string): Promise<RegradeJobRecord | null> {
  const row = await db.regradeJob.findFirst({ where: { assignmentId }, orderBy: { createdAt: 'desc' } });
  return row && asJob(row);
}

/** Jobs not finished: the in-process queue takes them up again after a restart. */
export async function unfinishedRegradeJobs(db: Db): Promise<RegradeJobRecord[]> {
  return (await db.regradeJob.findMany({ where: { state: { in: ['queued', 'running'] } }, orderBy: { createdAt: 'asc' } })).map(asJob);
}

export async function markRegradeRunning(db: Db, id: string): Promise<void> {
  await db.regradeJob.updateMany({ where: { id, state: { in: ['queued', 'running'] } }, data: { state: 'running' } });
}

export async function recordRegradeProgress(db: Db, id: string, done: number): Promise<void> {
  await db.regradeJob.updateMany({ where: { id }, data: { done } });
}

export async function finishRegradeJob(db: Db, id: string, outcome: { state: 'done' | 'failed'; error?: string }): Promise<void> {
  await db.regradeJob.updateMany({ where: { id }, data: { state: outcome.state, error: outcome.error ?? null } });
}
