// GET /api/classes/<id>: the class and its assignments; the teacher also gets the join code, the
// roster, every deadline extension, and per assignment its late policy and submission counts.
// Students outside the class and other teachers get 404.
import { handler } from '@/lib/http/handler.ts';
import { classFor } from '@/lib/usecases/classroom/access.ts';
import { canViewClass } from '@/lib/classroom/authorization.ts';
import { listRoster } from '@/lib/db/classrooms.ts';
import { listAssignments, submissionCounts } from '@/lib/db/assignments.ts';
import { listClassExtensions } from '@/lib/db/authoring.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, context: Context): Promise<Response> {
  return handler(request, context, { identify: 'user' }, async ({ db, user, params }) => {
    const cls = await classFor(db, user, params.id, canViewClass);
    const teacher = cls.teacherId === user.id;
    const records = await listAssignments(db, cls.id);
    const assignments = records.map(({ id, title, dueAt }) => ({ id, title, dueAt }));
    if (!teacher) return Response.json({ classroom: { id: cls.id, name: cls.name }, assignments });
    const [roster, extensions, counts] = await Promise.all([listRoster(db, cls.id), listClassExtensions(db, cls.id), submissionCounts(db, records.map((a) => a.id))]);
    return Response.json({
      classroom: cls, roster, extensions,
      assignments: records.map(({ id, title, dueAt, latePolicy }) => ({ id, title, dueAt, latePolicy, ...counts.get(id) })),
    });
  });
}
