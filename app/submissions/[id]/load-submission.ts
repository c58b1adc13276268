// Loads /submissions/<id> through the same use case as its API route (lib/usecases/classroom/
// read-submission.ts), adding what the page shows around it: titles and the student's name.
import { readSubmission } from '@/lib/usecases/classroom/read-submission.ts';
import { database } from '@/lib/db/database.ts';
import { findUser, type UserRecord } from '@/lib/db/users.ts';

export async function loadSubmission(user: UserRecord, id: string) {
  const db = await database();
  const { submission, assignment, cls, teacher, view } = await readSubmission(db, user, id);
  return {
    submission: view,
    assignment: { id: assignment.id, title: assignment.title, checks: teacher ? assignment.checks : assignment.checks.filter((c) => c.visible) },
    cls: { id: cls.id, name: cls.name },
    student: teacher ? (await findUser(db, submission.studentId))?.username ?? 'unknown' : user.username,
    teacher,
  };
}
