// Deadlines as use cases: the lateness of a student's submission now (their extension or the due
// date, judged by the assignment's late policy; a refusal is a 403 before anything runs), and the
// teacher setting or clearing one student's extension.
import type { Db } from '../../db/client.ts';
import type { AssignmentRecord } from '../../db/assignments.ts';
import type { UserRecord } from '../../db/users.ts';
import { findEnrollment } from '../../db/classrooms.ts';
import { clearExtension, findExtension, setExtension } from '../../db/authoring.ts';
import { effectiveDeadline, judgeLateness, type Lateness } from '../../classroom/late-policy.ts';
import { canManageClass } from '../../classroom/authorization.ts';
import { assignmentFor, requireRecordId } from './access.ts';
import { ApiError } from '../../api-error.ts';

/** The student's deadline for the assignment, and whether a submission at `now` is on time, late or refused. */
export async function latenessFor(db: Db, assignment: AssignmentRecord, studentId: string, now: Date): Promise<Lateness> {
  const deadline = effectiveDeadline(assignment.dueAt, await findExtension(db, assignment.id, studentId));
  return judgeLateness(assignment.latePolicy, deadline, now);
}

/** Throws 403 when the late policy refuses a submission at `now`; else the lateness to record. */
export async function admitSubmission(db: Db, assignment: AssignmentRecord, studentId: string, now: Date): Promise<Exclude<Lateness, { kind: 'refused' }>> {
  const lateness = await latenessFor(db, assignment, studentId, now);
  if (lateness.kind === 'refused') {
    throw new ApiError(403, `the deadline (${lateness.deadline.toISOString()}) has passed and this assignment no longer accepts submissions; ask your teacher for an extension`);
  }
  return lateness;
}

/** The class teacher sets (dueAt) or clears (null) an active student's extension. */
export async function setStudentDeadline(db: Db, actor: UserRecord, assignmentId: string, studentId: string, dueAt: Date | null) {
  const { assignment, cls } = await assignmentFor(db, actor, assignmentId, canManageClass);
  const enrollment = await findEnrollment(db, cls.id, requireRecordId(studentId, 'student in this class'));
  if (!enrollment || enrollment.removed) throw new ApiError(404, 'no such student in this class');
  if (dueAt === null) {
    await clearExtension(db, assignment.id, studentId);
    return { assignmentId: assignment.id, studentId, dueAt: null, effectiveDueAt: assignment.dueAt };
  }
  const extension = await setExtension(db, assignment.id, studentId, dueAt);
  return { ...extension, effectiveDueAt: extension.dueAt };
}
