// Classroom repository: classes, join codes and enrollments (roster, join, remove).
import type { Db } from './client.ts';
import { JOIN_CODE_CHARS, randomId, RECORD_ID_CHARS } from './ids.ts';
import { hasPrismaCode, UNIQUE_VIOLATION } from './prisma-errors.ts';
import { randomBytes } from 'node:crypto';

/** Fresh join codes tried when one collides (32^8 ≈ 10^12 codes). */
const MAX_CODE_ATTEMPTS = 5;
/** No 0/O, 1/I/L: codes are read aloud and typed by hand. 32 symbols, so bytes map without bias. */
const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

export interface ClassroomRecord {
  id: string;
  name: string;
  teacherId: string;
  joinCode: string;
  createdAt: Date;
}

export interface RosterEntry {
  studentId: string;
  username: string;
  joinedAt: Date;
}

export type JoinOutcome = { kind: 'joined' | 'already'; classroom: ClassroomRecord } | { kind: 'not-found' } | { kind: 'removed' };

function joinCode(): string {
  return [...randomBytes(JOIN_CODE_CHARS)].map((b) => JOIN_CODE_ALPHABET[b % JOIN_CODE_ALPHABET.length]).join('');
}

export async function createClassroom(db: Db, input: { teacherId: string; name: string }): Promise<ClassroomRecord> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.classroom.create({ data: { id: randomId(RECORD_ID_CHARS), joinCode: joinCode(), ...input } });
    } catch (error) {
      if (!hasPrismaCode(error, UNIQUE_VIOLATION) || attempt >= MAX_CODE_ATTEMPTS) throw error;
    }
  }
}

export const findClassroom = (db: Db, id: string): Promise<ClassroomRecord | null> => db.classroom.findUnique({ where: { id } });

export const listTeacherClassrooms = (db: Db, teacherId: string): Promise<ClassroomRecord[]> =>
  db.classroom.findMany({ where: { teacherId }, orderBy: { createdAt: 'desc' } });

/** Classes the student is currently in (removed enrollments excluded). */
export async function listStudentClassrooms(db: Db, studentId: string): Promise<ClassroomRecord[]> {
  const rows = await db.enrollment.findMany({ where: { studentId, removedAt: null }, select: { classroom: true }, orderBy: { joinedAt: 'desc' } });
  return rows.map((row) => row.classroom);
}

export async function findEnrollment(db: Db, classId: string, studentId: string): Promise<{ removed: boolean } | null> {
  const row = await db.enrollment.findUnique({ where: { classId_studentId: { classId, studentId } }, select: { removedAt: true } });
  return row && { removed: row.removedAt !== null };
}

/** Joins by code. A removed student stays removed: the code alone does not let them back in. */
export async function joinClassroom(db: Db, code: string, studentId: string): Promise<JoinOutcome> {
  const classroom = await db.classroom.findUnique({ where: { joinCode: code.toUpperCase() } });
  if (!classroom) return { kind: 'not-found' };
  const existing = await findEnrollment(db, classroom.id, studentId);
  if (existing?.removed) return { kind: 'removed' };
  if (existing) return { kind: 'already', classroom };
  try {
    await db.enrollment.create({ data: { classId: classroom.id, studentId } });
    return { kind: 'joined', classroom };
  } catch (error) {
    if (hasPrismaCode(error, UNIQUE_VIOLATION)) return { kind: 'already', classroom }; // a double click
    throw error;
  }
}

export async function listRoster(db: Db, classId: string): Promise<RosterEntry[]> {
  const rows = await db.enrollment.findMany({
    where: { classId, removedAt: null },
    select: { studentId: true, joinedAt: true, student: { select: { username: true } } },
    orderBy: { student: { username: 'asc' } },
  });
  return rows.map((row) => ({ studentId: row.studentId, username: row.student.username, joinedAt: row.joinedAt }));
}

/** True when an active student was removed. */
export async function removeStudent(db: Db, classId: string, studentId: string, at = new Date()): Promise<boolean> {
  const { count } = await db.enrollment.updateMany({ where: { classId, studentId, removedAt: null }, data: { removedAt: at } });
  return count > 0;
}
