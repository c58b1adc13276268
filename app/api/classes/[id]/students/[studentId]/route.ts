// DELETE /api/classes/<id>/students/<studentId> (class teacher): remove a student → 204; their
// past submissions stay, new ones are refused.
import { ApiError, errorResponse } from '@/lib/http/errors.ts';
import { refuseBody } from '@/lib/http/read-json.ts';
import { classFor } from '@/lib/usecases/classroom/access.ts';
import { requireSameOrigin } from '@/lib/auth/csrf.ts';
import { requireUser } from '@/lib/auth/current-user.ts';
import { canManageClass } from '@/lib/classroom/authorization.ts';
import { database } from '@/lib/db/database.ts';
import { removeStudent } from '@/lib/db/classrooms.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function DELETE(request: Request, context: { params: Promise<{ id: string; studentId: string }> }): Promise<Response> {
  try {
    requireSameOrigin(request);
    await refuseBody(request); // takes no body: refuse one rather than stream it unread
    const db = await database();
    const user = await requireUser(db, request);
    const { id, studentId } = await context.params;
    const cls = await classFor(db, user, id, canManageClass);
    if (!(await removeStudent(db, cls.id, studentId))) throw new ApiError(404, 'no such student in this class');
    return new Response(null, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
}
