// GET /api/assignments/<id>: the assignment with its instructions rendered; students see visible
// checks only (and a count of hidden ones). PUT (class teacher): change any field, the late policy
// or the private solution → {assignment, authoring, staleGrades} (every check run against the
// reference and wrong variants; grades left out of date by changed checks).
import { readJson } from '@/lib/http/read-json.ts';
import { errorResponse } from '@/lib/http/errors.ts';
import { MAX_CLASSROOM_BODY_BYTES } from '@/lib/api/classroom-request.ts';
import { AuthoringUpdateRequest } from '@/lib/api/authoring-request.ts';
import { assignmentFor } from '@/lib/usecases/classroom/access.ts';
import { assignmentView } from '@/lib/usecases/classroom/views.ts';
import { requireSameOrigin } from '@/lib/auth/csrf.ts';
import { requireUser } from '@/lib/auth/current-user.ts';
import { canManageClass, canSeeHiddenChecks, canViewClass } from '@/lib/classroom/authorization.ts';
import { database } from '@/lib/db/database.ts';
import { updateAuthoredAssignment } from '@/lib/usecases/classroom/save-assignment.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, context: Context): Promise<Response> {
  try {
    const db = await database();
    const user = await requireUser(db, request);
    const { assignment, cls } = await assignmentFor(db, user, (await context.params).id, canViewClass);
    return Response.json({ assignment: assignmentView(assignment, canSeeHiddenChecks(user, cls)) });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function PUT(request: Request, context: Context): Promise<Response> {
  try {
    requireSameOrigin(request);
    const db = await database();
    const user = await requireUser(db, request);
    const { assignment } = await assignmentFor(db, user, (await context.params).id, canManageClass);
    const changes = await readJson(request, AuthoringUpdateRequest, MAX_CLASSROOM_BODY_BYTES);
    const saved = await updateAuthoredAssignment(db, user, assignment, changes);
    return Response.json({ ...saved, assignment: assignmentView(saved.assignment, true) });
  } catch (error) {
    return errorResponse(error);
  }
}
