// GET /api/assignments/<id>/dashboard (class teacher): the student × check grid (one row per
// rostered student), pass rates, score and virtual-time histograms and behaviour groups.
import { handler } from '@/lib/http/handler.ts';
import { assignmentFor } from '@/lib/usecases/classroom/access.ts';
import { teacherDashboard } from '@/lib/usecases/classroom/dashboard.ts';
import { canManageClass } from '@/lib/classroom/authorization.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, context: Context): Promise<Response> {
  return handler(request, context, { identify: 'user' }, async ({ db, user, params }) => {
    const { assignment } = await assignmentFor(db, user, params.id, canManageClass);
    const view = await teacherDashboard(db, assignment);
    // `histogram` is the virtual-time histogram under its first name, for scripts written against it.
    return Response.json({ ...view, histogram: view.timeBins });
  });
}
