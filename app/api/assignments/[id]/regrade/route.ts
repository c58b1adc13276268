// POST /api/assignments/<id>/regrade (class teacher): queue a regrade of every submission, charged
// to the teacher and stamped with the checks' version → 202 {job}. GET: the newest job's progress
// → {job} (null if none); the UI polls it, from any app instance.
import { handler } from '@/lib/http/handler.ts';
import { assignmentFor } from '@/lib/usecases/classroom/access.ts';
import { requestRegrade } from '@/lib/usecases/regrade.ts';
import { gradingQueue } from '@/lib/usecases/regrade-queue.ts';
import { canManageClass } from '@/lib/classroom/authorization.ts';
import { latestRegradeJob } from '@/lib/db/regrade-jobs.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
type Context = { params: Promise<{ id: string }> };

export async function POST(request: Request, context: Context): Promise<Response> {
  return handler(request, context, { origin: 'same-origin', body: 'none', identify: 'user' }, async ({ db, user, params }) => {
    const { assignment } = await assignmentFor(db, user, params.id, canManageClass);
    const job = await requestRegrade(db, await gradingQueue(), user, assignment);
    return Response.json({ job }, { status: 202 });
  });
}

export async function GET(request: Request, context: Context): Promise<Response> {
  return handler(request, context, { identify: 'user' }, async ({ db, user, params }) => {
    const { assignment } = await assignmentFor(db, user, params.id, canManageClass);
    // A teacher watching progress starts this instance's worker too (queued jobs of a dead instance resume).
    await gradingQueue();
    return Response.json({ job: await latestRegradeJob(db, assignment.id) });
  });
}
