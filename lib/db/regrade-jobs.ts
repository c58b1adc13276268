// Regrade jobs: one row per "regrade all", updated as submissions are regraded, polled by the UI.
import type { Db } from './client.ts';
import { randomId } from './ids.ts';
import { RECORD_ID_CHARS } from './classroom-ids.ts';

export type JobState = 'running' | 'done' | 'failed';

export interface RegradeJobRecord {
  id: string;
  assignmentId: string;
  state: JobState;
  total: number;
  done: number;
  error: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const asJob = (row: Omit<RegradeJobRecord, 'state'> & { state: string }): RegradeJobRecord => ({ ...row, state: row.state as JobState });

export async function createRegradeJob(db: Db, assignmentId: string, total: number): Promise<RegradeJobRecord> {
  return asJob(await db.regradeJob.create({ data: { id: randomId(RECORD_ID_CHARS), assignmentId, total, state: total ? 'running' : 'done' } }));
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

export async function recordRegradeProgress(db: Db, id: string, done: number): Promise<void> {
  await db.regradeJob.updateMany({ where: { id }, data: { done } });
}

export async function finishRegradeJob(db: Db, id: string, outcome: { state: 'done' | 'failed'; error?: string }): Promise<void> {
  await db.regradeJob.updateMany({ where: { id }, data: { state: outcome.state, error: outcome.error ?? null } });
}
