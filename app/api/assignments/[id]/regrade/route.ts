// POST /api/assignments/<id>/regrade (class teacher): queue a regrade of every submission, charged
// to the teacher and stamped with the checks' version → 202 {job}. GET: the newest job's progress
// → {job} (null if none); the UI polls it, from any app instance.
import { errorResponse } from '@/lib/http/errors.ts';
import { refuseBody } from '@/lib/http/read-json.ts';
import { assignmentFor } from '@/lib/usecases/classroom/access.ts';
import { requestRegrade } from '@/lib/usecases/regrade.ts';
import { gradingQueue } from '@/lib/usecases/regrade-queue.ts';
import { requireSameOrigin } from '@/lib/auth/csrf.ts';
import { requireUser } from '@/lib/auth/current-user.ts';
import { canManageClass } from '@/lib/classroom/authorization.ts';
import { database } from '@/lib/db/database.ts';
import { latestRegradeJob } from '@/lib/db/regrade-jobs.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
type Context = { params: Promise<{ id: string }> };

export async function POST(request: Request, context: Context): Promise<Response> {
  try {
    requireSameOrigin(request);
    await refuseBody(request); // takes no body: refuse one rather than stream it unread
    const db = await database();
    const user = await requireUser(db, request);
    const { assignment } = await assignmentFor(db, user, (await context.params).id, canManageClass);
    const job = await requestRegrade(db, await gradingQueue(), user, assignment);
    return Response.json({ job }, { status: 202 });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function GET(request: Request, context: Context): Promise<Response> {
  try {
    const db = await database();
    const user = await requireUser(db, request);
    const { assignment } = await assignmentFor(db, user, (await context.params).id, canManageClass);
    // A teacher watching progress starts this instance's worker too (queued jobs of a dead instance resume).
    await gradingQueue();
    return Response.json({ job: await latestRegradeJob(db, assignment.id) });
  } catch (error) {
    return errorResponse(error);
  }
}
