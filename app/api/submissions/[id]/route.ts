// GET /api/submissions/<id>: code, full RunResult (for the timeline) and grade. The student who
// made it sees hidden checks only as a count; the class teacher sees everything; anyone else 404.
import { handler } from '@/lib/http/handler.ts';
import { readSubmission } from '@/lib/usecases/classroom/read-submission.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, context: Context): Promise<Response> {
  return handler(request, context, { identify: 'user' }, async ({ db, user, params }) => {
    const { view } = await readSubmission(db, user, params.id);
    return Response.json({ submission: view });
  });
}
