// GET /api/runs/<runId>: one stored run with its full RunResult, for the two-run comparison.
import { errorResponse } from '@/lib/api/errors.ts';
import { requireRunId, runNotFound } from '@/lib/api/snippet-params.ts';
import { toRunDetail } from '@/lib/api/snippet-response.ts';
import { database } from '@/lib/db/database.ts';
import { findRun } from '@/lib/db/runs.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(_request: Request, context: { params: Promise<{ runId: string }> }): Promise<Response> {
  try {
    const runId = requireRunId((await context.params).runId);
    const run = await findRun(await database(), runId);
    if (!run) throw runNotFound(runId);
    return Response.json(toRunDetail(run));
  } catch (error) {
    return errorResponse(error);
  }
}
