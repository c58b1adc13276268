// Loads /submissions/<id> under the API's rule: its own student (hidden checks only counted) or
// the class teacher (everything); anyone else a 404.
import { ApiError } from '@/lib/api/errors';
import { classFor, requireRecordId } from '@/lib/api/classroom-access';
import { submissionView } from '@/lib/api/classroom-views';
import { canReadSubmission, canSeeHiddenChecks } from '@/lib/classroom/authorization';
import { database } from '@/lib/db/database';
import { findAssignment } from '@/lib/db/assignments';
import { findSubmission } from '@/lib/db/submissions';
import { findUser, type UserRecord } from '@/lib/db/users';

export async function loadSubmission(user: UserRecord, id: string) {
  const db = await database();
  const submission = await findSubmission(db, requireRecordId(id, 'submission'));
  const assignment = submission && (await findAssignment(db, submission.assignmentId));
  if (!submission || !assignment) throw new ApiError(404, 'no such submission');
  const cls = await classFor(db, user, assignment.classId, (actor, c) => canReadSubmission(actor, c, submission));
  const teacher = canSeeHiddenChecks(user, cls);
  return {
    submission: submissionView(submission, teacher, assignment.checks),
    assignment: { id: assignment.id, title: assignment.title, checks: teacher ? assignment.checks : assignment.checks.filter((c) => c.visible) },
    cls: { id: cls.id, name: cls.name },
    student: teacher ? (await findUser(db, submission.studentId))?.username ?? 'unknown' : user.username,
    teacher,
  };
}
