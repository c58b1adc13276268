// GET /api/assignments/<id>/submissions: a student's own submissions (hidden checks as a count,
// failed kinds and the summary line; the late-penalty line), or every one for the class teacher. POST {code} (enrolled student): run, grade and store → 201 {submission, result, grade}
// with hidden checks only counted; 403 after removal; 429 past the run/save budget; 503 when every
// sandbox is busy.
import { handler } from '@/lib/http/handler.ts';
import { MAX_CLASSROOM_BODY_BYTES, SubmitRequest } from '@/lib/api/classroom-request.ts';
import { assignmentFor } from '@/lib/usecases/classroom/access.ts';
import { submit } from '@/lib/usecases/classroom/submit.ts';
import { requireCaller, requireDb } from '@/lib/auth/identify.ts';
import { admitClient, requireCodeWithinLimit } from '@/lib/usecases/run-for-client.ts';
import { canSeeHiddenChecks, canViewClass } from '@/lib/classroom/authorization.ts';
import { listAssignmentSubmissions } from '@/lib/db/submissions.ts';
import { studentSubmissionList } from '@/lib/usecases/classroom/student-submissions.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, context: Context): Promise<Response> {
  return handler(request, context, { identify: 'user' }, async ({ db, user, params }) => {
    const { assignment, cls } = await assignmentFor(db, user, params.id, canViewClass);
    const submissions = canSeeHiddenChecks(user, cls)
      ? await listAssignmentSubmissions(db, assignment.id)
      : await studentSubmissionList(db, assignment.id, user.id);
    return Response.json({ submissions });
  });
}

export async function POST(request: Request, context: Context): Promise<Response> {
  return handler(request, context, { origin: 'same-origin', identify: 'caller', body: { schema: SubmitRequest, maxBytes: MAX_CLASSROOM_BODY_BYTES } }, async ({ caller, params, body }) => {
    const user = requireCaller(caller);
    const db = requireDb(caller);
    const { code } = await body();
    requireCodeWithinLimit(code);
    const runs = await admitClient(caller, { actions: ['run', 'save'], signal: request.signal });
    const submitted = await submit(db, user, params.id, code, runs);
    await runs.charge();
    return Response.json(submitted, { status: 201 });
  });
}
