// GET /api/classes/<id>: the class and its assignments; the teacher also gets the join code, the
// roster, every deadline extension, and per assignment its late policy and submission counts.
// Students outside the class and other teachers get 404.
import { errorResponse } from '@/lib/http/errors.ts';
import { classFor } from '@/lib/usecases/classroom/access.ts';
import { requireUser } from '@/lib/auth/current-user.ts';
import { canViewClass } from '@/lib/classroom/authorization.ts';
import { database } from '@/lib/db/database.ts';
import { listRoster } from '@/lib/db/classrooms.ts';
import { listAssignments, submissionCounts } from '@/lib/db/assignments.ts';
import { listClassExtensions } from '@/lib/db/authoring.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const db = await database();
    const user = await requireUser(db, request);
    const cls = await classFor(db, user, (await context.params).id, canViewClass);
    const teacher = cls.teacherId === user.id;
    const records = await listAssignments(db, cls.id);
    const assignments = records.map(({ id, title, dueAt }) => ({ id, title, dueAt }));
    if (!teacher) return Response.json({ classroom: { id: cls.id, name: cls.name }, assignments });
    const [roster, extensions, counts] = await Promise.all([listRoster(db, cls.id), listClassExtensions(db, cls.id), submissionCounts(db, records.map((a) => a.id))]);
    return Response.json({
      classroom: cls, roster, extensions,
      assignments: records.map(({ id, title, dueAt, latePolicy }) => ({ id, title, dueAt, latePolicy, ...counts.get(id) })),
    });
  } catch (error) {
    return errorResponse(error);
  }
}
