// GET /api/assignments/<id>/solution (class teacher only): the private reference solution and wrong
// variants → {solution}. Students, other teachers and strangers get the class rules' 403/404.
import { errorResponse } from '@/lib/http/errors.ts';
import { assignmentFor } from '@/lib/usecases/classroom/access.ts';
import { requireUser } from '@/lib/auth/current-user.ts';
import { canManageClass } from '@/lib/classroom/authorization.ts';
import { database } from '@/lib/db/database.ts';
import { findSolution } from '@/lib/db/authoring.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const db = await database();
    const user = await requireUser(db, request);
    const { assignment } = await assignmentFor(db, user, (await context.params).id, canManageClass);
    return Response.json({ solution: await findSolution(db, assignment.id) });
  } catch (error) {
    return errorResponse(error);
  }
}
