// The teacher dashboard's reads: every submission's summary columns with its stored trace summary
// (never code or result), grades of chosen submissions only, and paged reads for the CSV stream.
import type { Db } from './client.ts';
import type { Grade } from '../classroom/grade.ts';
import type { SubmissionSummary } from './submissions.ts';

export interface SubmissionShape extends SubmissionSummary {
  traceSummaryJson: string | null;
}

const SHAPE_FIELDS = {
  id: true, assignmentId: true, studentId: true, status: true, virtualMs: true, score: true, maxScore: true, late: true, createdAt: true, traceSummaryJson: true,
  penaltyPercent: true, effectiveDueAt: true,
} as const;

/** Every submission to the assignment (summary columns and trace summary), newest first. */
export const listSubmissionShapes = (db: Db, assignmentId: string, studentIds?: readonly string[]): Promise<SubmissionShape[]> =>
  db.submission.findMany({
    where: { assignmentId, ...(studentIds ? { studentId: { in: [...studentIds] } } : {}) },
    select: SHAPE_FIELDS, orderBy: { createdAt: 'desc' },
  });

/** Most ids in one `IN (…)` list: well under SQLite's and PostgreSQL's parameter limits. */
const IDS_PER_QUERY = 500;

/** The full grades of the given submissions (the dashboard asks for one per student). */
export async function gradesOf(db: Db, ids: readonly string[]): Promise<Map<string, Grade>> {
  const out = new Map<string, Grade>();
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    const rows = await db.submission.findMany({ where: { id: { in: ids.slice(i, i + IDS_PER_QUERY) } }, select: { id: true, gradeJson: true } });
    for (const row of rows) out.set(row.id, JSON.parse(row.gradeJson) as Grade);
  }
  return out;
}

export interface RosterStudent {
  studentId: string;
  username: string;
}

/** One page of the class's current roster in username order, after `afterUsername` (exclusive). */
export async function rosterPage(db: Db, classId: string, afterUsername: string | null, take: number): Promise<RosterStudent[]> {
  const rows = await db.enrollment.findMany({
    where: { classId, removedAt: null, ...(afterUsername === null ? {} : { student: { username: { gt: afterUsername } } }) },
    select: { studentId: true, student: { select: { username: true } } },
    orderBy: { student: { username: 'asc' } },
    take,
  });
  return rows.map((row) => ({ studentId: row.studentId, username: row.student.username }));
}

export interface StudentSubmissionGraded extends SubmissionSummary {
  grade: Grade;
}

/** One student's submissions with their full grades (to be redacted before a student sees them). */
export async function listStudentSubmissionsGraded(db: Db, assignmentId: string, studentId: string): Promise<StudentSubmissionGraded[]> {
  const rows = await db.submission.findMany({
    where: { assignmentId, studentId },
    select: { id: true, assignmentId: true, studentId: true, status: true, virtualMs: true, score: true, maxScore: true, late: true, createdAt: true, gradeJson: true, penaltyPercent: true, effectiveDueAt: true },
    orderBy: { createdAt: 'desc' },
  });
  return rows.map(({ gradeJson, ...rest }) => ({ ...rest, grade: JSON.parse(gradeJson) as Grade }));
}
