// GET /api/assignments/<id>/submissions: a student's own submissions, or every one for the class
// teacher. POST {code} (enrolled student): run, grade and store → 201 {submission, result, grade}
// with hidden checks only counted; 403 after removal; 429 past the run/save budget; 503 when every
// sandbox is busy.
import { readJson } from '@/lib/http/read-json.ts';
import { errorResponse } from '@/lib/http/errors.ts';
import { MAX_CLASSROOM_BODY_BYTES, SubmitRequest } from '@/lib/api/classroom-request.ts';
import { assignmentFor } from '@/lib/usecases/classroom/access.ts';
import { submit } from '@/lib/usecases/classroom/submit.ts';
import { identify, requireCaller, requireDb } from '@/lib/auth/identify.ts';
import { admitClient, requireCodeWithinLimit } from '@/lib/usecases/run-for-client.ts';
import { requireSameOrigin } from '@/lib/auth/csrf.ts';
import { requireUser } from '@/lib/auth/current-user.ts';
import { canSeeHiddenChecks, canViewClass } from '@/lib/classroom/authorization.ts';
import { database } from '@/lib/db/database.ts';
import { listAssignmentSubmissions, listStudentSubmissions } from '@/lib/db/submissions.ts';

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
    const caller = await identify(request, database);
    const user = requireCaller(caller);
    const db = requireDb(caller);
    const { code } = await readJson(request, SubmitRequest, MAX_CLASSROOM_BODY_BYTES);
    requireCodeWithinLimit(code);
    const runs = await admitClient(caller, { actions: ['run', 'save'], signal: request.signal });
    const submitted = await submit(db, user, (await context.params).id, code, runs);
    await runs.charge();
    return Response.json(submitted, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
