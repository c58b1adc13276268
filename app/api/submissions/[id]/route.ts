// GET /api/submissions/<id>: code, full RunResult (for the timeline) and grade. The student who
// made it sees hidden checks only as a count; the class teacher sees everything; anyone else 404.
import { errorResponse } from '@/lib/http/errors.ts';
import { requireUser } from '@/lib/auth/current-user.ts';
import { database } from '@/lib/db/database.ts';
import { readSubmission } from '@/lib/usecases/classroom/read-submission.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, context: Context): Promise<Response> {
  try {
    const db = await database();
    const user = await requireUser(db, request);
    const { view } = await readSubmission(db, user, (await context.params).id);
    return Response.json({ submission: view });
  } catch (error) {
    return errorResponse(error);
  }
}
