// Authoring data kept apart from the assignment row: the private reference solution with its wrong
// variants, and per-student deadline extensions. Only teacher-facing use cases call these.
import type { Db } from './client.ts';
import { EMPTY_SOLUTION, Solution, WrongVariant } from '../classroom/authoring.ts';
import { z } from 'zod';

export async function findSolution(db: Db, assignmentId: string): Promise<Solution> {
  const row = await db.assignmentSolution.findUnique({ where: { assignmentId } });
  if (!row) return EMPTY_SOLUTION;
  return { referenceCode: row.referenceCode, variants: z.array(WrongVariant).parse(JSON.parse(row.variantsJson)) };
}

export async function saveSolution(db: Db, assignmentId: string, solution: Solution): Promise<void> {
  const data = { referenceCode: solution.referenceCode, variantsJson: JSON.stringify(solution.variants) };
  await db.assignmentSolution.upsert({ where: { assignmentId }, create: { assignmentId, ...data }, update: data });
}

export interface ExtensionRecord {
  assignmentId: string;
  studentId: string;
  dueAt: Date;
}

const SELECT = { assignmentId: true, studentId: true, dueAt: true } as const;

export async function findExtension(db: Db, assignmentId: string, studentId: string): Promise<Date | null> {
  const row = await db.deadlineExtension.findUnique({ where: { assignmentId_studentId: { assignmentId, studentId } }, select: { dueAt: true } });
  return row?.dueAt ?? null;
}

export async function setExtension(db: Db, assignmentId: string, studentId: string, dueAt: Date): Promise<ExtensionRecord> {
  return db.deadlineExtension.upsert({
    where: { assignmentId_studentId: { assignmentId, studentId } }, create: { assignmentId, studentId, dueAt }, update: { dueAt }, select: SELECT,
  });
}

/** True when there was an extension to clear. */
export async function clearExtension(db: Db, assignmentId: string, studentId: string): Promise<boolean> {
  const { count } = await db.deadlineExtension.deleteMany({ where: { assignmentId, studentId } });
  return count > 0;
}

export const listAssignmentExtensions = (db: Db, assignmentId: string): Promise<ExtensionRecord[]> =>
  db.deadlineExtension.findMany({ where: { assignmentId }, select: SELECT, orderBy: { studentId: 'asc' } });

export const listClassExtensions = (db: Db, classId: string): Promise<ExtensionRecord[]> =>
  db.deadlineExtension.findMany({ where: { assignment: { classId } }, select: SELECT, orderBy: { dueAt: 'asc' } });
