// GET /api/assignments/<id>/extensions (class teacher): the due date, late policy and every
// student's extension → {dueAt, latePolicy, extensions: [{studentId, username, dueAt}]}.
import { handler } from '@/lib/http/handler.ts';
import { assignmentFor } from '@/lib/usecases/classroom/access.ts';
import { canManageClass } from '@/lib/classroom/authorization.ts';
import { listAssignmentExtensions } from '@/lib/db/authoring.ts';
import { listRoster } from '@/lib/db/classrooms.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, context: Context): Promise<Response> {
  return handler(request, context, { identify: 'user' }, async ({ db, user, params }) => {
    const { assignment, cls } = await assignmentFor(db, user, params.id, canManageClass);
    const [extensions, roster] = await Promise.all([listAssignmentExtensions(db, assignment.id), listRoster(db, cls.id)]);
    const names = new Map(roster.map((r) => [r.studentId, r.username]));
    return Response.json({
      dueAt: assignment.dueAt, latePolicy: assignment.latePolicy,
      extensions: extensions.map((e) => ({ studentId: e.studentId, username: names.get(e.studentId) ?? null, dueAt: e.dueAt })),
    });
  });
}
