// PUT /api/assignments/<id>/extensions/<studentId> (class teacher) {dueAt: ISO date | null}: set or
// clear one active student's deadline → {extension: {assignmentId, studentId, dueAt, effectiveDueAt}}.
import { handler } from '@/lib/http/handler.ts';
import { MAX_CLASSROOM_BODY_BYTES } from '@/lib/api/classroom-request.ts';
import { ExtensionRequest } from '@/lib/api/authoring-request.ts';
import { setStudentDeadline } from '@/lib/usecases/classroom/deadlines.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
type Context = { params: Promise<{ id: string; studentId: string }> };

export async function PUT(request: Request, context: Context): Promise<Response> {
  return handler(request, context, { origin: 'same-origin', identify: 'user', body: { schema: ExtensionRequest, maxBytes: MAX_CLASSROOM_BODY_BYTES } }, async ({ db, user, params, body }) => {
    const { dueAt } = await body();
    return Response.json({ extension: await setStudentDeadline(db, user, params.id, params.studentId, dueAt) });
  });
}
