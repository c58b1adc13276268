// GET /api/assignments/<id>/export (class teacher): the dashboard grid as a CSV download, streamed
// a page of students at a time, with each student's effective deadline. Authorization happens
// before the first byte.
import { handler } from '@/lib/http/handler.ts';
import { assignmentFor } from '@/lib/usecases/classroom/access.ts';
import { csvStream, dashboardCsvChunks } from '@/lib/usecases/classroom/dashboard-csv.ts';
import { canManageClass } from '@/lib/classroom/authorization.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, context: Context): Promise<Response> {
  return handler(request, context, { identify: 'user' }, async ({ db, user, params }) => {
    const { assignment } = await assignmentFor(db, user, params.id, canManageClass);
    return new Response(csvStream(dashboardCsvChunks(db, assignment)), {
      headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="assignment-${assignment.id}.csv"` },
    });
  });
}
