// GET /api/assignments/<id>/solution (class teacher only): the private reference solution and wrong
// variants → {solution}. Students, other teachers and strangers get the class rules' 403/404.
import { handler } from '@/lib/http/handler.ts';
import { assignmentFor } from '@/lib/usecases/classroom/access.ts';
import { canManageClass } from '@/lib/classroom/authorization.ts';
import { findSolution } from '@/lib/db/authoring.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, context: Context): Promise<Response> {
  return handler(request, context, { identify: 'user' }, async ({ db, user, params }) => {
    const { assignment } = await assignmentFor(db, user, params.id, canManageClass);
    return Response.json({ solution: await findSolution(db, assignment.id) });
  });
}
