// POST /api/classes/<id>/assignments (class teacher) {title, instructions, starterCode, dueAt,
// checks, latePolicy?, solution?} → 201 {assignment, authoring, staleGrades}, hidden checks included;
// `authoring` is every check run against the private reference solution and wrong variants.
import { handler } from '@/lib/http/handler.ts';
import { MAX_CLASSROOM_BODY_BYTES } from '@/lib/api/classroom-request.ts';
import { AuthoringRequest } from '@/lib/api/authoring-request.ts';
import { classFor } from '@/lib/usecases/classroom/access.ts';
import { assignmentView } from '@/lib/usecases/classroom/views.ts';
import { canManageClass } from '@/lib/classroom/authorization.ts';
import { createAuthoredAssignment } from '@/lib/usecases/classroom/save-assignment.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
type Context = { params: Promise<{ id: string }> };

export async function POST(request: Request, context: Context): Promise<Response> {
  return handler(request, context, { origin: 'same-origin', identify: 'user', body: { schema: AuthoringRequest, maxBytes: MAX_CLASSROOM_BODY_BYTES } }, async ({ db, user, params, body }) => {
    const cls = await classFor(db, user, params.id, canManageClass);
    const saved = await createAuthoredAssignment(db, user, cls.id, await body());
    return Response.json({ ...saved, assignment: assignmentView(saved.assignment, true) }, { status: 201 });
  });
}
