// The teacher dashboard's data for one assignment: a row per rostered student, the histogram of
// best virtual times, and the same rows as CSV.
import type { Db } from '../db/client.ts';
import { listRoster } from '../db/classrooms.ts';
import { listAssignmentSubmissions } from '../db/submissions.ts';
import { dashboardRows, type DashboardRow } from '../classroom/dashboard.ts';
import { histogram } from '../classroom/histogram.ts';

export async function dashboardData(db: Db, classId: string, assignmentId: string): Promise<{ rows: DashboardRow[] }> {
  const [roster, submissions] = await Promise.all([listRoster(db, classId), listAssignmentSubmissions(db, assignmentId)]);
  return { rows: dashboardRows(roster, submissions) };
}

export function dashboardResponse(rows: DashboardRow[]) {
  const times = rows.flatMap((r) => (r.virtualMs === null ? [] : [r.virtualMs]));
  return { rows, histogram: histogram(times) };
}
