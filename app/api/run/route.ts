// POST /api/run: run a program and return its RunResult. A program that fails is data (200);
// a malformed request is 400/413/422; too many runs from one client is 429 and an overloaded pool
// 503 { error }, both with Retry-After. Runs go ahead while the database is down.
import { readJson } from '@/lib/api/read-json.ts';
import { RunRequest, MAX_RUN_BODY_BYTES } from '@/lib/api/run-request.ts';
import { errorResponse } from '@/lib/api/errors.ts';
import { identify } from '@/lib/auth/identify.ts';
import { requireCodeWithinLimit, runForClient } from '@/lib/usecases/run-for-client.ts';
import { database } from '@/lib/db/database.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  try {
    const { code } = await readJson(request, RunRequest, MAX_RUN_BODY_BYTES);
    requireCodeWithinLimit(code);
    const caller = await identify(request, database);
    // The signal drops a queued run whose caller left.
    return Response.json(await runForClient(caller, code, { signal: request.signal }));
  } catch (error) {
    return errorResponse(error);
  }
}
