// Assignment repository. Checks are stored as JSON text and validated again when read, so a
// malformed row fails loudly instead of grading wrongly.
import type { Db } from './client.ts';
import { randomId, RECORD_ID_CHARS } from './ids.ts';
import { Checks, type Check } from '../classroom/checks.ts';
import { LatePolicy, ON_TIME_POLICY } from '../classroom/late-policy.ts';

export interface AssignmentInput {
  title: string;
  instructions: string;
  starterCode: string;
  dueAt: Date;
  checks: Check[];
  /** Defaults to "accept late and flag it". */
  latePolicy?: LatePolicy;
}

export interface AssignmentRecord extends AssignmentInput {
  latePolicy: LatePolicy;
  id: string;
  /** Bumped by every change of the checks; grades carry the version they were computed under. */
  checksVersion: number;
  classId: string;
  createdAt: Date;
  updatedAt: Date;
}

type Row = Omit<AssignmentRecord, 'checks' | 'latePolicy'> & { checksJson: string; latePolicy: string; latePenaltyPercent: number };

function fromRow({ checksJson, latePolicy, latePenaltyPercent, ...row }: Row): AssignmentRecord {
  return { ...row, checks: Checks.parse(JSON.parse(checksJson)), latePolicy: LatePolicy.parse({ kind: latePolicy, penaltyPercent: latePenaltyPercent }) };
}

const toData = ({ checks, latePolicy, ...rest }: Partial<AssignmentInput>) => ({
  ...rest,
  ...(checks ? { checksJson: JSON.stringify(checks) } : {}),
  ...(latePolicy ? { latePolicy: latePolicy.kind, latePenaltyPercent: latePolicy.kind === 'penalty' ? latePolicy.penaltyPercent : 0 } : {}),
});

export async function createAssignment(db: Db, classId: string, input: AssignmentInput): Promise<AssignmentRecord> {
  return fromRow(await db.assignment.create({ data: { id: randomId(RECORD_ID_CHARS), classId, ...toData(input) } as never }));
}

export async function findAssignment(db: Db, id: string): Promise<AssignmentRecord | null> {
  const row = await db.assignment.findUnique({ where: { id } });
  return row && fromRow(row);
}

export async function listAssignments(db: Db, classId: string): Promise<AssignmentRecord[]> {
  return (await db.assignment.findMany({ where: { classId }, orderBy: { dueAt: 'asc' } })).map(fromRow);
}

export async function updateAssignment(db: Db, id: string, changes: Partial<AssignmentInput>): Promise<AssignmentRecord | null> {
  const bump = changes.checks ? { checksVersion: { increment: 1 } } : {};
  const data = { ...toData(changes), ...bump };
  // Nothing to change (e.g. only the solution was saved): updateMany would count 0 rows.
  if (!Object.keys(data).length) return findAssignment(db, id);
  const { count } = await db.assignment.updateMany({ where: { id }, data });
  return count ? findAssignment(db, id) : null;
}

/** Submissions graded under older checks than the assignment's current ones ("N grades are out of date"). */
export const staleGradeCount = (db: Db, assignmentId: string, checksVersion: number): Promise<number> =>
  db.submission.count({ where: { assignmentId, gradedVersion: { lt: checksVersion } } });

/** Per assignment: how many submissions, and from how many students (the class page). */
export async function submissionCounts(db: Db, assignmentIds: readonly string[]): Promise<Map<string, { submissions: number; students: number }>> {
  const groups = await db.submission.groupBy({ by: ['assignmentId', 'studentId'], where: { assignmentId: { in: [...assignmentIds] } }, _count: { _all: true } });
  const counts = new Map(assignmentIds.map((id) => [id, { submissions: 0, students: 0 }]));
  for (const g of groups) {
    const c = counts.get(g.assignmentId)!;
    c.submissions += g._count._all;
    c.students += 1;
  }
  return counts;
}
