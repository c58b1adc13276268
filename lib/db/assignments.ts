// Assignment repository. Checks are stored as JSON text and validated again when read, so a
// malformed row fails loudly instead of grading wrongly.
import type { Db } from './client.ts';
import { randomId } from './ids.ts';
import { RECORD_ID_CHARS } from './classroom-ids.ts';
import { Checks, type Check } from '../classroom/checks.ts';

export interface AssignmentInput {
  title: string;
  instructions: string;
  starterCode: string;
  dueAt: Date;
  checks: Check[];
}

export interface AssignmentRecord extends AssignmentInput {
  id: string;
  /** Bumped by every change of the checks; grades carry the version they were computed under. */
  checksVersion: number;
  classId: string;
  createdAt: Date;
  updatedAt: Date;
}

type Row = Omit<AssignmentRecord, 'checks'> & { checksJson: string };

function fromRow({ checksJson, ...row }: Row): AssignmentRecord {
  return { ...row, checks: Checks.parse(JSON.parse(checksJson)) };
}

const toData = ({ checks, ...rest }: Partial<AssignmentInput>) => ({ ...rest, ...(checks ? { checksJson: JSON.stringify(checks) } : {}) });

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
  const { count } = await db.assignment.updateMany({ where: { id }, data: { ...toData(changes), ...bump } });
  return count ? findAssignment(db, id) : null;
}
