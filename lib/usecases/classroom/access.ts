// Loads the facts an authorization rule needs (class, enrollment) and enforces the decision as an
// ApiError, so route adapters read as one line per rule.
import type { Db } from '../../db/client.ts';
import { findClassroom, findEnrollment, type ClassroomRecord } from '../../db/classrooms.ts';
import { findAssignment, type AssignmentRecord } from '../../db/assignments.ts';
import type { UserRecord } from '../../db/users.ts';
import type { Decision } from '../../classroom/authorization.ts';
import { isWellFormedId, RECORD_ID_CHARS } from '../../db/ids.ts';
import { ApiError } from '../../api-error.ts';

export type ClassRule = (actor: UserRecord, cls: ClassroomRecord, enrollment: { removed: boolean } | null) => Decision;

export function enforce(decision: Decision): void {
  if (!decision.ok) throw new ApiError(decision.status, decision.reason);
}

export function requireRecordId(id: string, what: string): string {
  if (!isWellFormedId(id, RECORD_ID_CHARS)) throw new ApiError(404, `no such ${what}`);
  return id;
}

export async function classFor(db: Db, actor: UserRecord, classId: string, rule: ClassRule): Promise<ClassroomRecord> {
  const cls = await findClassroom(db, requireRecordId(classId, 'class'));
  if (!cls) throw new ApiError(404, 'no such class');
  const enrollment = actor.role === 'student' ? await findEnrollment(db, cls.id, actor.id) : null;
  enforce(rule(actor, cls, enrollment));
  return cls;
}

/** The assignment and its class, after `rule` allowed the actor on that class. */
export async function assignmentFor(
  db: Db, actor: UserRecord, assignmentId: string, rule: ClassRule,
): Promise<{ assignment: AssignmentRecord; cls: ClassroomRecord }> {
  const assignment = await findAssignment(db, requireRecordId(assignmentId, 'assignment'));
  // A stranger gets the same 404 for a missing assignment as for someone else's.
  if (!assignment) throw new ApiError(404, 'no such assignment');
  const cls = await classFor(db, actor, assignment.classId, rule).catch((error: unknown) => {
    throw error instanceof ApiError && error.status === 404 ? new ApiError(404, 'no such assignment') : error;
  });
  return { assignment, cls };
}
