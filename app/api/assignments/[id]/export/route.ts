// GET /api/assignments/<id>/export (class teacher): the dashboard grid as a CSV download, streamed
// a page of students at a time, with each student's effective deadline. Authorization happens before the first byte.
import { errorResponse } from '@/lib/api/errors.ts';
import { assignmentFor } from '@/lib/api/classroom-access.ts';
import { csvStream, dashboardCsvChunks } from '@/lib/api/classroom-dashboard.ts';
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
    return new Response(csvStream(dashboardCsvChunks(db, assignment)), {
      headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="assignment-${assignment.id}.csv"` },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
