// The teacher dashboard of one assignment, the one home the page and the API route both call:
// the student × check grid, pass rates, score and virtual-time histograms, and behaviour groups.
// Reads summary columns and stored trace summaries for every submission, full grades only for
// each student's best one, and never a full trace. The caller has already authorized the teacher.
import type { Db } from '../../db/client.ts';
import type { AssignmentRecord } from '../../db/assignments.ts';
import { listRoster } from '../../db/classrooms.ts';
import { gradesOf, listSubmissionShapes } from '../../db/dashboard-reads.ts';
import { dashboardRows, histogram, type HistogramBin } from '../../classroom/dashboard.ts';
import { gridChecks, gridRows, passRates, timeTargetMs, type GridCheck, type GridRow, type PassRate } from '../../classroom/check-grid.ts';
import { behaviourGroups, type BehaviourGroup } from '../../classroom/behaviour-groups.ts';
import { parseTraceSummary } from '../../classroom/trace-summary.ts';

export interface TeacherDashboardView {
  checks: GridCheck[];
  rows: GridRow[];
  passRates: PassRate[];
  /** Best score per student who submitted, from 0 to the assignment's maximum. */
  scoreBins: HistogramBin[];
  maxScore: number;
  /** Virtual time of each student's best submission that finished "ok" (a deadlock at 1 s is no 1 s run); `targetMs` is the time check's budget. */
  timeBins: HistogramBin[];
  /** Students whose best submission did not finish "ok", so are not in `timeBins`. */
  unfinished: number;
  targetMs: number | null;
  groups: BehaviourGroup[];
}

export async function teacherDashboard(db: Db, assignment: AssignmentRecord): Promise<TeacherDashboardView> {
  const [roster, shapes] = await Promise.all([listRoster(db, assignment.classId), listSubmissionShapes(db, assignment.id)]);
  const rows = dashboardRows(roster, shapes);
  const checks = gridChecks(assignment.checks);
  const grades = await gradesOf(db, rows.flatMap((r) => (r.bestSubmissionId ? [r.bestSubmissionId] : [])));
  const grid = gridRows(rows, checks, grades);
  const targetMs = timeTargetMs(assignment.checks);
  const maxScore = checks.reduce((sum, c) => sum + c.points, 0);
  const submitted = rows.filter((r) => r.bestScore !== null);
  const finished = submitted.filter((r) => r.status === 'ok');
  // Only students on the roster are grouped: a removed student's work is not discussed in class.
  const names = new Map(roster.map((s) => [s.studentId, s.username]));
  const groups = behaviourGroups(
    shapes.flatMap((s) => {
      const username = names.get(s.studentId);
      return username === undefined ? [] : [{ submissionId: s.id, studentId: s.studentId, username, createdAt: s.createdAt, summary: parseTraceSummary(s.traceSummaryJson) }];
    }),
    { targetMs },
  );
  return {
    checks, rows: grid, passRates: passRates(checks, grid),
    scoreBins: histogram(submitted.map((r) => r.bestScore!), undefined, maxScore), maxScore,
    timeBins: histogram(finished.map((r) => r.virtualMs!), undefined, targetMs ?? 0), targetMs, unfinished: submitted.length - finished.length,
    groups,
  };
}
