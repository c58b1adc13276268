// DELETE /api/classes/<id>/students/<studentId> (class teacher): remove a student → 204; their
// past submissions stay, new ones are refused.
import { handler } from '@/lib/http/handler.ts';
import { ApiError } from '@/lib/api-error.ts';
import { classFor } from '@/lib/usecases/classroom/access.ts';
import { canManageClass } from '@/lib/classroom/authorization.ts';
import { removeStudent } from '@/lib/db/classrooms.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
type Context = { params: Promise<{ id: string; studentId: string }> };

export async function DELETE(request: Request, context: Context): Promise<Response> {
  return handler(request, context, { origin: 'same-origin', body: 'none', identify: 'user' }, async ({ db, user, params }) => {
    const cls = await classFor(db, user, params.id, canManageClass);
    if (!(await removeStudent(db, cls.id, params.studentId))) throw new ApiError(404, 'no such student in this class');
    return new Response(null, { status: 204 });
  });
}
