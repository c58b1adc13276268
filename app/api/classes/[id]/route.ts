// GET /api/classes/<id>: the class and its assignments; the teacher also gets the join code and
// roster. Students outside the class and other teachers get 404.
import { errorResponse } from '@/lib/api/errors.ts';
import { classFor } from '@/lib/api/classroom-access.ts';
import { requireUser } from '@/lib/auth/current-user.ts';
import { canViewClass } from '@/lib/classroom/authorization.ts';
import { database } from '@/lib/db/database.ts';
import { listRoster } from '@/lib/db/classrooms.ts';
import { listAssignments } from '@/lib/db/assignments.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const db = await database();
    const user = await requireUser(db, request);
    const cls = await classFor(db, user, (await context.params).id, canViewClass);
    const teacher = cls.teacherId === user.id;
    const assignments = (await listAssignments(db, cls.id)).map(({ id, title, dueAt }) => ({ id, title, dueAt }));
    if (!teacher) return Response.json({ classroom: { id: cls.id, name: cls.name }, assignments });
    return Response.json({ classroom: cls, assignments, roster: await listRoster(db, cls.id) });
  } catch (error) {
    return errorResponse(error);
  }
}
