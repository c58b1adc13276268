// The teacher's dashboard data for /assignments/<id>: the grid, pass rates, histograms and
// behaviour groups (as the API computes them), every submission with its student's name, and the
// latest regrade job.
import { teacherDashboard } from '@/lib/usecases/classroom/dashboard.ts';
import type { AssignmentRecord } from '@/lib/db/assignments.ts';
import { database } from '@/lib/db/database.ts';
import { latestRegradeJob } from '@/lib/db/regrade-jobs.ts';
import { listAssignmentSubmissions } from '@/lib/db/submissions.ts';
import { findUser } from '@/lib/db/users.ts';

export async function loadDashboard(assignment: AssignmentRecord) {
  const db = await database();
  const [view, all, job] = await Promise.all([teacherDashboard(db, assignment), listAssignmentSubmissions(db, assignment.id), latestRegradeJob(db, assignment.id)]);
  const names = new Map(view.rows.map((r) => [r.studentId, r.username]));
  // Removed students leave the roster but their submissions stay: look their names up.
  for (const id of new Set(all.map((s) => s.studentId))) {
    if (!names.has(id)) names.set(id, `${(await findUser(db, id))?.username ?? 'unknown'} (removed)`);
  }
  return { view, job, submissions: all.map((s) => ({ ...s, username: names.get(s.studentId) ?? 'unknown' })) };
}
