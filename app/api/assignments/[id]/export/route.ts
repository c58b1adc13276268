// GET /api/assignments/<id>/export (class teacher): the dashboard as a CSV download, with each
// student's effective deadline (their extension, else the due date).
import { errorResponse } from '@/lib/http/errors.ts';
import { assignmentFor } from '@/lib/usecases/classroom/access.ts';
import { dashboardData } from '@/lib/api/classroom-dashboard.ts';
import { requireUser } from '@/lib/auth/current-user.ts';
import { canManageClass } from '@/lib/classroom/authorization.ts';
import { dashboardCsv } from '@/lib/classroom/csv.ts';
import { database } from '@/lib/db/database.ts';
import { listAssignmentExtensions } from '@/lib/db/authoring.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, context: Context): Promise<Response> {
  try {
    const db = await database();
    const user = await requireUser(db, request);
    const { assignment, cls } = await assignmentFor(db, user, (await context.params).id, canManageClass);
    const [{ rows }, extensions] = await Promise.all([dashboardData(db, cls.id, assignment.id), listAssignmentExtensions(db, assignment.id)]);
    const extended = new Map(extensions.map((e) => [e.studentId, e.dueAt]));
    return new Response(dashboardCsv(rows, (studentId) => extended.get(studentId) ?? assignment.dueAt), {
      headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="assignment-${assignment.id}.csv"` },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
