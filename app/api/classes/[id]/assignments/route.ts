// POST /api/classes/<id>/assignments (class teacher) {title, instructions, starterCode, dueAt,
// checks, latePolicy?, solution?} → 201 {assignment, authoring, staleGrades}, hidden checks included;
// `authoring` is every check run against the private reference solution and wrong variants.
import { readJson } from '@/lib/http/read-json.ts';
import { errorResponse } from '@/lib/http/errors.ts';
import { MAX_CLASSROOM_BODY_BYTES } from '@/lib/api/classroom-request.ts';
import { AuthoringRequest } from '@/lib/api/authoring-request.ts';
import { classFor } from '@/lib/usecases/classroom/access.ts';
import { assignmentView } from '@/lib/usecases/classroom/views.ts';
import { requireSameOrigin } from '@/lib/auth/csrf.ts';
import { requireUser } from '@/lib/auth/current-user.ts';
import { canManageClass } from '@/lib/classroom/authorization.ts';
import { database } from '@/lib/db/database.ts';
import { createAuthoredAssignment } from '@/lib/usecases/classroom/save-assignment.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    requireSameOrigin(request);
    const db = await database();
    const user = await requireUser(db, request);
    const cls = await classFor(db, user, (await context.params).id, canManageClass);
    const body = await readJson(request, AuthoringRequest, MAX_CLASSROOM_BODY_BYTES);
    const saved = await createAuthoredAssignment(db, user, cls.id, body);
    return Response.json({ ...saved, assignment: assignmentView(saved.assignment, true) }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
