// POST /api/explore: every ordering of a program, as one sandbox job under a run's limits and rate
// limits. Answers the ExploreReport (lib/runner/explore/report.ts), as the CLI's --json prints it.
import { readJson } from '@/lib/api/read-json.ts';
import { ExploreRequest, MAX_EXPLORE_BODY_BYTES } from '@/lib/api/explore-request.ts';
import { ApiError, errorResponse } from '@/lib/api/errors.ts';
import { codeBytes } from '@/lib/runner/run-code.ts';
import { sharedRunner } from '@/lib/runner/shared-pool.ts';
import { MAX_CODE_BYTES } from '@/lib/runner/limits.ts';
import { admitRun } from '@/lib/ratelimit/run-admission.ts';
import { database } from '@/lib/db/database.ts';
import { BUSY_RETRY_AFTER_S } from '@/lib/api/snippet-runs.ts';
import { exploreCode, exploreOptions } from '@/lib/runner/explore/explore-code.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  try {
    const { code, ...options } = await readJson(request, ExploreRequest, MAX_EXPLORE_BODY_BYTES);
    const bytes = codeBytes(code);
    if (bytes > MAX_CODE_BYTES) throw new ApiError(413, `code is ${bytes} bytes; the limit is ${MAX_CODE_BYTES}`);
    const admission = await admitRun(database, request);
    const { job, report } = await exploreCode(code, exploreOptions(options), {
      pool: sharedRunner().pool, client: admission.fairnessKey, signal: request.signal,
    });
    if (job.status === 'busy') {
      return Response.json(report, { status: 503, headers: { 'Retry-After': String(BUSY_RETRY_AFTER_S) } });
    }
    // The whole exploration is charged as the sandbox time it used, like one (long) run.
    await admission.charge(job.stats.wallMs);
    return Response.json(report);
  } catch (error) {
    return errorResponse(error);
  }
}
