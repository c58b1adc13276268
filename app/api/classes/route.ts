// GET /api/classes: the caller's classes (taught or joined). POST {name} (teacher): create a class
// → 201 {classroom} with its join code.
import { readJson } from '@/lib/http/read-json.ts';
import { errorResponse } from '@/lib/http/errors.ts';
import { CreateClassRequest, MAX_CLASSROOM_BODY_BYTES } from '@/lib/api/classroom-request.ts';
import { enforce } from '@/lib/usecases/classroom/access.ts';
import { requireSameOrigin } from '@/lib/auth/csrf.ts';
import { requireUser } from '@/lib/auth/current-user.ts';
import { canCreateClass } from '@/lib/classroom/authorization.ts';
import { database } from '@/lib/db/database.ts';
import { createClassroom, listStudentClassrooms, listTeacherClassrooms } from '@/lib/db/classrooms.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  try {
    const db = await database();
    const user = await requireUser(db, request);
    const classes = user.role === 'teacher' ? await listTeacherClassrooms(db, user.id) : await listStudentClassrooms(db, user.id);
    // Students must not learn join codes of classes they could pass on after removal.
    return Response.json({ classes: classes.map((c) => (user.role === 'teacher' ? c : { ...c, joinCode: undefined })) });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function POST(request: Request): Promise<Response> {
  try {
    requireSameOrigin(request);
    const db = await database();
    const user = await requireUser(db, request);
    enforce(canCreateClass(user));
    const { name } = await readJson(request, CreateClassRequest, MAX_CLASSROOM_BODY_BYTES);
    return Response.json({ classroom: await createClassroom(db, { teacherId: user.id, name }) }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
