// Running a snippet's code for the API: through the shared sandbox pool and result cache, then
// stored as a Run. A `busy` pool is not a run and is never stored.
import type { Db } from '../db/client.ts';
import { recordRun, type StoredRun } from '../db/runs.ts';
import { runCode } from '../runner/run-code.ts';
import { sharedRunner } from '../runner/shared-pool.ts';
import { ApiError } from './errors.ts';

/** Seconds a client should wait before retrying when every sandbox is busy. */
export const BUSY_RETRY_AFTER_S = 1;

export class RunnerBusyError extends ApiError {
  constructor() {
    super(503, 'every sandbox is busy; try again in a moment');
  }
}

/**
 * Runs `code` for the client with `fairnessKey` (its runs share the pool fairly with everyone
 * else's) and stores the run under `snippetId`; null if the snippet vanished meanwhile.
 */
export async function runAndRecord(db: Db, snippetId: string, code: string, fairnessKey: string): Promise<StoredRun | null> {
  const result = await runCode(code, { ...sharedRunner(), client: fairnessKey });
  if (result.status === 'busy') throw new RunnerBusyError();
  return recordRun(db, { snippetId, code, result });
}

export function busyResponse(): Response {
  return Response.json({ error: new RunnerBusyError().message }, { status: 503, headers: { 'Retry-After': String(BUSY_RETRY_AFTER_S) } });
}
