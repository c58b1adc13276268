// POST /api/run: run a program and return its RunResult. A program that fails is data (200);
// a malformed request is 400/413/422; too many runs from one client is 429 and an overloaded pool
// 503, both with Retry-After.
import { readJson } from '@/lib/api/read-json.ts';
import { RunRequest, MAX_RUN_BODY_BYTES } from '@/lib/api/run-request.ts';
import { ApiError, errorResponse } from '@/lib/api/errors.ts';
import { runCode, codeBytes } from '@/lib/runner/run-code.ts';
import { sharedRunner } from '@/lib/runner/shared-pool.ts';
import { MAX_CODE_BYTES } from '@/lib/runner/limits.ts';
import { admitRun } from '@/lib/ratelimit/run-admission.ts';
import { database } from '@/lib/db/database.ts';
import { BUSY_RETRY_AFTER_S } from '@/lib/api/snippet-runs.ts';
import { requestSchedule } from '@/lib/api/explore-request.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  try {
    const { code, schedule: scheduleText } = await readJson(request, RunRequest, MAX_RUN_BODY_BYTES);
    const bytes = codeBytes(code);
    if (bytes > MAX_CODE_BYTES) throw new ApiError(413, `code is ${bytes} bytes; the limit is ${MAX_CODE_BYTES}`);
    const schedule = scheduleText === undefined ? undefined : requestSchedule(scheduleText);
    const admission = await admitRun(database, request);
    // The client key makes the pool share workers fairly; the signal drops a queued run whose caller left.
    const result = await runCode(code, { ...sharedRunner(), client: admission.fairnessKey, signal: request.signal, ...(schedule ? { schedule } : {}) });
    if (result.status === 'busy') {
      return Response.json(result, { status: 503, headers: { 'Retry-After': String(BUSY_RETRY_AFTER_S) } });
    }
    await admission.charge(result.stats.wallMs);
    return Response.json(result);
  } catch (error) {
    return errorResponse(error);
  }
}
