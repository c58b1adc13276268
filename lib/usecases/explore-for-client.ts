// Exploring for someone (POST /api/explore): the caller's run budget is checked first, the whole
// exploration is ONE job on the shared pool under the caller's fairness key, and its sandbox time
// is charged afterwards, as for a run. A database that is down never stops it (see runForClient).
import { databaseFault } from '../db/prisma-errors.ts';
import { chargeRunTime, enforceRateLimit } from '../ratelimit/enforce.ts';
import { fairnessKey } from '../ratelimit/client-key.ts';
import { clientKeyOf, type Caller } from '../auth/identify.ts';
import { sharedRunner } from '../runner/shared-pool.ts';
import { exploreCode, exploreOptions } from '../runner/explore/explore-code.ts';
import type { ExploreOptions } from '../runner/explore/explore-limits.ts';
import type { ExploreReport } from '../runner/explore/report.ts';
import { RunnerBusyError, requireCodeWithinLimit } from './run-for-client.ts';

const ignoreUnavailable = (error: unknown) => {
  if (databaseFault(error) !== 'unavailable') throw error;
};

export async function exploreForClient(caller: Caller, code: string, options: ExploreOptions, signal?: AbortSignal): Promise<ExploreReport> {
  requireCodeWithinLimit(code);
  const client = clientKeyOf(caller);
  if (caller.db) await enforceRateLimit(caller.db, client, ['run']).catch(ignoreUnavailable);
  const { job, report } = await exploreCode(code, options, { pool: sharedRunner().pool, client: fairnessKey(client), signal });
  if (job.status === 'busy') throw new RunnerBusyError();
  if (caller.db) await chargeRunTime(caller.db, client, job.stats.wallMs).catch(ignoreUnavailable);
  return report;
}

/** Grading's explorer for the Explore checks: the shared pool; a busy pool grades nothing (as for runs). */
export async function exploreForGrading(code: string): Promise<ExploreReport> {
  const { job, report } = await exploreCode(code, exploreOptions({}), { pool: sharedRunner().pool });
  if (job.status === 'busy') throw new RunnerBusyError();
  return report;
}
