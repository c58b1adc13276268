// Loads /classes/<id> under the API's rules: the teacher gets roster, join code, each assignment's
// submission count and due state, and every extension; an enrolled student the assignments with
// their own deadline and best score each; anyone else a 404.
import { classFor } from '@/lib/usecases/classroom/access.ts';
import { canViewClass } from '@/lib/classroom/authorization.ts';
import { dueState } from '@/lib/classroom/late-policy.ts';
import { database } from '@/lib/db/database.ts';
import { listRoster } from '@/lib/db/classrooms.ts';
import { listAssignments, submissionCounts } from '@/lib/db/assignments.ts';
import { findExtension, listClassExtensions } from '@/lib/db/authoring.ts';
import { listStudentSubmissions } from '@/lib/db/submissions.ts';
import type { UserRecord } from '@/lib/db/users.ts';
import type { AssignmentRow } from '../../_components/classroom/AssignmentTable.tsx';

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
  const now = new Date();
  const records = await listAssignments(db, cls.id);
  if (!teacher) {
    const assignments: AssignmentRow[] = await Promise.all(records.map(async (a) => {
      const dueAt = (await findExtension(db, a.id, user.id)) ?? a.dueAt;
      return { id: a.id, title: a.title, dueAt, state: dueState(dueAt, a.latePolicy, now), best: await bestOf(a.id, user.id) };
    }));
    return { cls, teacher, assignments, roster: [], extensions: [] };
  }
  const [counts, roster, extensions] = await Promise.all([submissionCounts(db, records.map((a) => a.id)), listRoster(db, cls.id), listClassExtensions(db, cls.id)]);
  const assignments: AssignmentRow[] = records.map((a) => ({
    id: a.id, title: a.title, dueAt: a.dueAt, state: dueState(a.dueAt, a.latePolicy, now), counts: counts.get(a.id),
  }));
  return { cls, teacher, assignments, roster, extensions };
}
