// GET /api/runs/<runId>: one stored run with its full RunResult, for the two-run comparison;
// reads of large runs are rate-limited (lib/ratelimit/policy.ts LARGE_RUN_READ_BUDGET).
import { handler } from '@/lib/http/handler.ts';
import { requireRunId, runNotFound } from '@/lib/http/snippet-params.ts';
import { toRunDetail } from '@/lib/api/snippet-response.ts';
import { database } from '@/lib/db/database.ts';
import { findRun } from '@/lib/db/runs.ts';
import { enforceLargeReadLimit } from '@/lib/ratelimit/enforce.ts';
import { clientKeyFor } from '@/lib/auth/identify.ts';
import { resultBytes } from '@/lib/runner/result-size.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
type Context = { params: Promise<{ runId: string }> };

export async function GET(request: Request, context: Context): Promise<Response> {
  return handler(request, context, {}, async ({ params }) => {
    const runId = requireRunId(params.runId);
    const db = await database();
    // Large runs cost the server's thread to decode and send: their reads have a budget.
    const chargeRead = await enforceLargeReadLimit(db, await clientKeyFor(db, request));
    const run = await findRun(db, runId);
    if (!run) throw runNotFound(runId);
    await chargeRead(resultBytes(run.result));
    return Response.json(toRunDetail(run));
  });
}
