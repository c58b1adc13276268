// POST /api/run's work, once for both adapters: app/api/run/route.ts (Next, `next dev`) and the
// production server's direct path (lib/http/run-endpoint.ts). Text in (read under its byte limit),
// a RunResult out, ApiError for everything the client did wrong.
import { parseJson } from './read-json.ts';
import { RunRequest } from '../api/run-request.ts';
import { requestSchedule } from '../api/explore-request.ts';
import { identify } from '../auth/identify.ts';
import { database } from '../db/database.ts';
import type { RunResult } from '../runner/protocol.ts';
import { requireCodeWithinLimit, runForClient } from '../usecases/run-for-client.ts';

export { MAX_RUN_BODY_BYTES } from '../api/run-request.ts';

/** Who asks is read from the headers alone (session cookie, pinned x-forwarded-for). */
export interface RunRequestHead {
  headers: Pick<Headers, 'get'>;
}

/**
 * Runs the program in `bodyText` for the caller the headers identify. `signal`: aborted when the
 * client goes away (a queued run leaves the queue).
 */
export async function runRequested(bodyText: string, head: RunRequestHead, signal: AbortSignal): Promise<RunResult> {
  const { code, schedule: scheduleText } = parseJson(bodyText, RunRequest);
  requireCodeWithinLimit(code);
  const schedule = scheduleText === undefined ? undefined : requestSchedule(scheduleText);
  const caller = await identify(head, database);
  // The signal drops a queued run whose caller left; a schedule replays one explored ordering.
  return runForClient(caller, code, { signal, ...(schedule ? { schedule } : {}) });
}
