// GET /api/assignments/<id>/dashboard (class teacher): the student × check grid (one row per
// rostered student), pass rates, score and virtual-time histograms and behaviour groups.
import { errorResponse } from '@/lib/api/errors.ts';
import { assignmentFor } from '@/lib/api/classroom-access.ts';
import { teacherDashboard } from '@/lib/api/classroom-dashboard.ts';
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
    const { assignment } = await assignmentFor(db, user, (await context.params).id, canManageClass);
    const view = await teacherDashboard(db, assignment);
    // `histogram` is the virtual-time histogram under its first name, for scripts written against it.
    return Response.json({ ...view, histogram: view.timeBins });
  } catch (error) {
    return errorResponse(error);
  }
}
