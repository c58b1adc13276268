// Loads /classes/<id> under the API's rules: the teacher gets roster and join code, an enrolled
// student the assignments with their best score each; anyone else a 404.
import { classFor } from '@/lib/api/classroom-access';
import { canViewClass } from '@/lib/classroom/authorization';
import { database } from '@/lib/db/database';
import { listRoster } from '@/lib/db/classrooms';
import { listAssignments } from '@/lib/db/assignments';
import { listStudentSubmissions } from '@/lib/db/submissions';
import type { UserRecord } from '@/lib/db/users';
import type { AssignmentRow } from '../../_components/classroom/AssignmentTable';

async function bestOf(assignmentId: string, studentId: string): Promise<AssignmentRow['best']> {
  const mine = await listStudentSubmissions(await database(), assignmentId, studentId);
  if (!mine.length) return null;
  const best = mine.reduce((a, b) => (b.score > a.score ? b : a));
  return { score: best.score, maxScore: best.maxScore, late: best.late };
}

export async function loadClass(user: UserRecord, id: string) {
  const db = await database();
  const cls = await classFor(db, user, id, canViewClass);
  const teacher = cls.teacherId === user.id;
  const assignments: AssignmentRow[] = await Promise.all((await listAssignments(db, cls.id)).map(async (a) => ({
    id: a.id, title: a.title, dueAt: a.dueAt, best: teacher ? undefined : await bestOf(a.id, user.id),
  })));
  return { cls, teacher, assignments, roster: teacher ? await listRoster(db, cls.id) : [] };
}
