// GET /api/submissions/<id>: code, full RunResult (for the timeline) and grade. The student who
// made it sees hidden checks only as a count; the class teacher sees everything; anyone else 404.
import { ApiError, errorResponse } from '@/lib/api/errors.ts';
import { classFor, requireRecordId } from '@/lib/api/classroom-access.ts';
import { submissionView } from '@/lib/api/classroom-views.ts';
import { requireUser } from '@/lib/auth/current-user.ts';
import { canReadSubmission, canSeeHiddenChecks } from '@/lib/classroom/authorization.ts';
import { database } from '@/lib/db/database.ts';
import { findAssignment } from '@/lib/db/assignments.ts';
import { findSubmission } from '@/lib/db/submissions.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, context: Context): Promise<Response> {
  try {
    const db = await database();
    const user = await requireUser(db, request);
    const submission = await findSubmission(db, requireRecordId((await context.params).id, 'submission'));
    const assignment = submission && (await findAssignment(db, submission.assignmentId));
    if (!submission || !assignment) throw new ApiError(404, 'no such submission');
    // The rule is checked with the class's facts, without requiring current enrollment.
    const cls = await classFor(db, user, assignment.classId, (actor, c) => canReadSubmission(actor, c, submission));
    return Response.json({ submission: submissionView(submission, canSeeHiddenChecks(user, cls), assignment.checks) });
  } catch (error) {
    return errorResponse(error);
  }
}
