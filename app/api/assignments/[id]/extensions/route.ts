// GET /api/assignments/<id>/extensions (class teacher): the due date, late policy and every
// student's extension → {dueAt, latePolicy, extensions: [{studentId, username, dueAt}]}.
import { errorResponse } from '@/lib/http/errors.ts';
import { assignmentFor } from '@/lib/usecases/classroom/access.ts';
import { requireUser } from '@/lib/auth/current-user.ts';
import { canManageClass } from '@/lib/classroom/authorization.ts';
import { database } from '@/lib/db/database.ts';
import { listAssignmentExtensions } from '@/lib/db/authoring.ts';
import { listRoster } from '@/lib/db/classrooms.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const db = await database();
    const user = await requireUser(db, request);
    const { assignment, cls } = await assignmentFor(db, user, (await context.params).id, canManageClass);
    const [extensions, roster] = await Promise.all([listAssignmentExtensions(db, assignment.id), listRoster(db, cls.id)]);
    const names = new Map(roster.map((r) => [r.studentId, r.username]));
    return Response.json({
      dueAt: assignment.dueAt, latePolicy: assignment.latePolicy,
      extensions: extensions.map((e) => ({ studentId: e.studentId, username: names.get(e.studentId) ?? null, dueAt: e.dueAt })),
    });
  } catch (error) {
    return errorResponse(error);
  }
}
