// GET /api/assignments/<id>/submissions: a student's own submissions, or every one for the class
// teacher. POST {code} (enrolled student): run, grade and store → 201 {submission, result, grade}
// with hidden checks only counted; 403 after removal; 429 past the run/save budget; 503 when every
// sandbox is busy.
import { readJson } from '@/lib/api/read-json.ts';
import { errorResponse } from '@/lib/api/errors.ts';
import { MAX_CLASSROOM_BODY_BYTES, SubmitRequest } from '@/lib/api/classroom-request.ts';
import { assignmentFor } from '@/lib/api/classroom-access.ts';
import { runOnSharedPoolFor, submit } from '@/lib/api/classroom-submit.ts';
import { busyResponse, RunnerBusyError } from '@/lib/api/snippet-runs.ts';
import { requireSameOrigin } from '@/lib/auth/csrf.ts';
import { requireUser } from '@/lib/auth/current-user.ts';
import { canSeeHiddenChecks, canViewClass } from '@/lib/classroom/authorization.ts';
import { database } from '@/lib/db/database.ts';
import { listAssignmentSubmissions, listStudentSubmissions } from '@/lib/db/submissions.ts';
import { chargeRunTime, enforceRateLimit } from '@/lib/ratelimit/enforce.ts';
import { fairnessKey } from '@/lib/ratelimit/client-key.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, context: Context): Promise<Response> {
  try {
    const db = await database();
    const user = await requireUser(db, request);
    const { assignment, cls } = await assignmentFor(db, user, (await context.params).id, canViewClass);
    const submissions = canSeeHiddenChecks(user, cls)
      ? await listAssignmentSubmissions(db, assignment.id)
      : await listStudentSubmissions(db, assignment.id, user.id);
    return Response.json({ submissions });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function POST(request: Request, context: Context): Promise<Response> {
  try {
    requireSameOrigin(request);
    const db = await database();
    const user = await requireUser(db, request);
    const { code } = await readJson(request, SubmitRequest, MAX_CLASSROOM_BODY_BYTES);
    const client = await enforceRateLimit(db, request, ['run', 'save']);
    const submitted = await submit(db, user, (await context.params).id, code, runOnSharedPoolFor(fairnessKey(client)));
    await chargeRunTime(db, client, submitted.result.stats.wallMs);
    return Response.json(submitted, { status: 201 });
  } catch (error) {
    return error instanceof RunnerBusyError ? busyResponse() : errorResponse(error);
  }
}
