// GET /api/assignments/<id>: the assignment with its instructions rendered; students see visible
// checks only (and a count of hidden ones). PUT (class teacher): change any field, the late policy
// or the private solution → {assignment, authoring, staleGrades} (every check run against the
// reference and wrong variants; grades left out of date by changed checks).
import { handler } from '@/lib/http/handler.ts';
import { MAX_CLASSROOM_BODY_BYTES } from '@/lib/api/classroom-request.ts';
import { AuthoringUpdateRequest } from '@/lib/api/authoring-request.ts';
import { assignmentFor } from '@/lib/usecases/classroom/access.ts';
import { assignmentView } from '@/lib/usecases/classroom/views.ts';
import { canManageClass, canSeeHiddenChecks, canViewClass } from '@/lib/classroom/authorization.ts';
import { updateAuthoredAssignment } from '@/lib/usecases/classroom/save-assignment.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, context: Context): Promise<Response> {
  return handler(request, context, { identify: 'user' }, async ({ db, user, params }) => {
    const { assignment, cls } = await assignmentFor(db, user, params.id, canViewClass);
    return Response.json({ assignment: assignmentView(assignment, canSeeHiddenChecks(user, cls)) });
  });
}

export async function PUT(request: Request, context: Context): Promise<Response> {
  return handler(request, context, { origin: 'same-origin', identify: 'user', body: { schema: AuthoringUpdateRequest, maxBytes: MAX_CLASSROOM_BODY_BYTES } }, async ({ db, user, params, body }) => {
    const { assignment } = await assignmentFor(db, user, params.id, canManageClass);
    const saved = await updateAuthoredAssignment(db, user, assignment, await body());
    return Response.json({ ...saved, assignment: assignmentView(saved.assignment, true) });
  });
}
