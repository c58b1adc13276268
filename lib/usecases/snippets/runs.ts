// Running a snippet's code for the API: through the caller's admitted runs (lib/usecases/
// run-for-client.ts), then stored as a Run. A `busy` pool is not a run and is never stored.
import type { Db } from '../../db/client.ts';
import { recordRun, type StoredRun } from '../../db/runs.ts';
import type { ClientRuns } from '../run-for-client.ts';

export { BUSY_RETRY_AFTER_S, RunnerBusyError } from '../run-for-client.ts';

/** Runs `code` as the admitted caller and stores the run under `snippetId`; null if the snippet vanished meanwhile. */
export async function runAndRecord(db: Db, runs: ClientRuns, snippetId: string, code: string): Promise<StoredRun | null> {
  const result = await runs.run(code);
  return recordRun(db, { snippetId, code, result });
}
