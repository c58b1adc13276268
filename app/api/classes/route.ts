// GET /api/classes: the caller's classes (taught or joined). POST {name} (teacher): create a class
// → 201 {classroom} with its join code.
import { handler } from '@/lib/http/handler.ts';
import { CreateClassRequest, MAX_CLASSROOM_BODY_BYTES } from '@/lib/api/classroom-request.ts';
import { enforce } from '@/lib/usecases/classroom/access.ts';
import { canCreateClass } from '@/lib/classroom/authorization.ts';
import { createClassroom, listStudentClassrooms, listTeacherClassrooms } from '@/lib/db/classrooms.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  return handler(request, undefined, { identify: 'user' }, async ({ db, user }) => {
    const classes = user.role === 'teacher' ? await listTeacherClassrooms(db, user.id) : await listStudentClassrooms(db, user.id);
    // Students must not learn join codes of classes they could pass on after removal.
    return Response.json({ classes: classes.map((c) => (user.role === 'teacher' ? c : { ...c, joinCode: undefined })) });
  });
}

export async function POST(request: Request): Promise<Response> {
  return handler(request, undefined, { origin: 'same-origin', identify: 'user', body: { schema: CreateClassRequest, maxBytes: MAX_CLASSROOM_BODY_BYTES } }, async ({ db, user, body }) => {
    enforce(canCreateClass(user));
    const { name } = await body();
    return Response.json({ classroom: await createClassroom(db, { teacherId: user.id, name }) }, { status: 201 });
  });
}
