// GET /api/assignments/<id>/dashboard (class teacher): one row per rostered student (best score,
// latest submission, virtual time, late) and the histogram of virtual times.
import { errorResponse } from '@/lib/http/errors.ts';
import { assignmentFor } from '@/lib/usecases/classroom/access.ts';
import { dashboardData, dashboardResponse } from '@/lib/api/classroom-dashboard.ts';
import { requireUser } from '@/lib/auth/current-user.ts';
import { canManageClass } from '@/lib/classroom/authorization.ts';
import { database } from '@/lib/db/database.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, context: Context): Promise<Response> {
  try {
    const db = await database();
    const user = await requireUser(db, request);
    const { assignment, cls } = await assignmentFor(db, user, (await context.params).id, canManageClass);
    const { rows } = await dashboardData(db, cls.id, assignment.id);
    return Response.json(dashboardResponse(rows));
  } catch (error) {
    return errorResponse(error);
  }
}
