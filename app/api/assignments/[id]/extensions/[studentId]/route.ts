// PUT /api/assignments/<id>/extensions/<studentId> (class teacher) {dueAt: ISO date | null}: set or
// clear one active student's deadline → {extension: {assignmentId, studentId, dueAt, effectiveDueAt}}.
import { readJson } from '@/lib/http/read-json.ts';
import { errorResponse } from '@/lib/http/errors.ts';
import { MAX_CLASSROOM_BODY_BYTES } from '@/lib/api/classroom-request.ts';
import { ExtensionRequest } from '@/lib/api/authoring-request.ts';
import { requireSameOrigin } from '@/lib/auth/csrf.ts';
import { requireUser } from '@/lib/auth/current-user.ts';
import { database } from '@/lib/db/database.ts';
import { setStudentDeadline } from '@/lib/usecases/classroom/deadlines.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function PUT(request: Request, context: { params: Promise<{ id: string; studentId: string }> }): Promise<Response> {
  try {
    requireSameOrigin(request);
    const db = await database();
    const user = await requireUser(db, request);
    const { id, studentId } = await context.params;
    const { dueAt } = await readJson(request, ExtensionRequest, MAX_CLASSROOM_BODY_BYTES);
    return Response.json({ extension: await setStudentDeadline(db, user, id, studentId, dueAt) });
  } catch (error) {
    return errorResponse(error);
  }
}
