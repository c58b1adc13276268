// Submission repository: a student's program with its RunResult and full grade. Summaries (for
// lists and the dashboard) leave out code and result, which can be large.
import type { Db } from './client.ts';
import { randomId, RECORD_ID_CHARS } from './ids.ts';
import { decodeResult, encodeResult } from './run-payload.ts';
import type { RunResult } from '../runner/protocol.ts';
import type { Grade } from '../classroom/grade.ts';
import { summarizeTrace } from '../classroom/trace-summary.ts';

export interface SubmissionSummary {
  id: string;
  assignmentId: string;
  studentId: string;
  status: string;
  virtualMs: number;
  score: number;
  maxScore: number;
  late: boolean;
  /** Percent taken off for lateness (late policy "penalty"); 0 when on time. */
  penaltyPercent: number;
  /** The deadline the submission was judged against; null for submissions stored before it was kept. */
  effectiveDueAt: Date | null;
  createdAt: Date;
}

export interface SubmissionDetail extends SubmissionSummary {
  code: string;
  result: RunResult;
  grade: Grade;
}

const SUMMARY_FIELDS = {
  id: true, assignmentId: true, studentId: true, status: true, virtualMs: true, score: true, maxScore: true, late: true, penaltyPercent: true, effectiveDueAt: true, createdAt: true,
} as const;

/** The columns a graded run is stored as. The trace summary is computed here, as the run is stored, so behaviour groups never decode traces. */
export const graded = (result: RunResult, grade: Grade) => ({
  ...encodeResult(result), status: result.status, virtualMs: result.virtualMs, score: grade.score, maxScore: grade.maxScore, gradeJson: JSON.stringify(grade),
  traceSummaryJson: JSON.stringify(summarizeTrace(result)),
});

export async function createSubmission(
  db: Db,
  input: { assignmentId: string; studentId: string; code: string; late: boolean; penaltyPercent?: number; effectiveDueAt?: Date; result: RunResult; grade: Grade; gradedVersion: number; at?: Date },
): Promise<SubmissionSummary> {
  const { result, grade, at, ...rest } = input;
  return db.submission.create({ data: { id: randomId(RECORD_ID_CHARS), ...rest, ...graded(result, grade), ...(at ? { createdAt: at } : {}) }, select: SUMMARY_FIELDS });
}

export async function findSubmission(db: Db, id: string): Promise<SubmissionDetail | null> {
  const row = await db.submission.findUnique({ where: { id } });
  if (!row) return null;
  const { resultJson, resultGzip, gradeJson, gradedVersion: _version, traceSummaryJson: _summary, ...rest } = row;
  return { ...rest, result: decodeResult({ resultJson, resultGzip: resultGzip as never }), grade: JSON.parse(gradeJson) as Grade };
}

/** One student's submissions to an assignment, newest first. */
export const listStudentSubmissions = (db: Db, assignmentId: string, studentId: string): Promise<SubmissionSummary[]> =>
  db.submission.findMany({ where: { assignmentId, studentId }, select: SUMMARY_FIELDS, orderBy: { createdAt: 'desc' } });

/** Every submission to an assignment, newest first (teacher dashboard). */
export const listAssignmentSubmissions = (db: Db, assignmentId: string): Promise<SubmissionSummary[]> =>
  db.submission.findMany({ where: { assignmentId }, select: SUMMARY_FIELDS, orderBy: { createdAt: 'desc' } });

export async function submissionCodes(db: Db, assignmentId: string): Promise<Array<{ id: string; code: string; penaltyPercent: number }>> {
  return db.submission.findMany({ where: { assignmentId }, select: { id: true, code: true, penaltyPercent: true }, orderBy: { createdAt: 'asc' } });
}

/**
 * Replaces a submission's run and grade (regrade) unless it already holds a grade of newer checks:
 * a slow job of an older version never overwrites a newer grade. Its code, time and late flag stay.
 * Returns whether the grade was written.
 */
export async function regradeSubmission(db: Db, id: string, result: RunResult, grade: Grade, version: number): Promise<boolean> {
  const { count } = await db.submission.updateMany({ where: { id, gradedVersion: { lte: version } }, data: { ...graded(result, grade), gradedVersion: version } });
  return count > 0;
}
