// `npm run seed`: a demo teacher, a class, two students and the tutorial assignment ("make the two
// API calls concurrent: ≤ 3 s") with seed program 1 as starter code, in DATABASE_URL. Idempotent:
// accounts that exist are left alone and no second demo class is made.
import { database, closeDatabase } from '../lib/db/database.ts';
import { signUp } from '../lib/auth/accounts.ts';
import { findUserForSignIn } from '../lib/db/users.ts';
import { createClassroom, joinClassroom, listTeacherClassrooms } from '../lib/db/classrooms.ts';
import { createAssignment } from '../lib/db/assignments.ts';
import { SEED_ASSIGNMENT } from '../lib/classroom/seed-assignment.ts';

/** Demo password for every seeded account: development only, printed below. */
const DEMO_PASSWORD = 'taskline-demo';
const DEMO_CLASS = 'Async Python patterns in TypeScript';
/** The seeded assignment is due this far ahead, in ms (two weeks). */
const DUE_IN_MS = 14 * 24 * 60 * 60 * 1000;

async function ensureUser(username: string, role: 'teacher' | 'student') {
  const db = await database();
  const existing = await findUserForSignIn(db, username);
  if (existing) return existing;
  const outcome = await signUp(db, { username, password: DEMO_PASSWORD, role });
  if (outcome.kind !== 'ok') throw new Error(`could not create ${username}`);
  return outcome.user;
}

async function main() {
  const db = await database();
  const teacher = await ensureUser('demo-teacher', 'teacher');
  const students = [await ensureUser('demo-student-1', 'student'), await ensureUser('demo-student-2', 'student')];
  let cls = (await listTeacherClassrooms(db, teacher.id)).find((c) => c.name === DEMO_CLASS);
  if (!cls) {
    cls = await createClassroom(db, { teacherId: teacher.id, name: DEMO_CLASS });
    await createAssignment(db, cls.id, { ...SEED_ASSIGNMENT, dueAt: new Date(Date.now() + DUE_IN_MS) });
  }
  for (const student of students) await joinClassroom(db, cls.joinCode, student.id);
  console.log(`seeded: teacher demo-teacher, students demo-student-1/2 (password "${DEMO_PASSWORD}"), class "${cls.name}" join code ${cls.joinCode}`);
  await closeDatabase();
}

await main();
