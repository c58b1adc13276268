// Reading one submission, for GET /api/submissions/<id> and the /submissions/<id> page alike: its
// own student (hidden checks only counted) or the class teacher (everything); anyone else a 404.
import { ApiError } from '../../api-error.ts';
import { canReadSubmission, canSeeHiddenChecks } from '../../classroom/authorization.ts';
import type { Db } from '../../db/client.ts';
import { findAssignment } from '../../db/assignments.ts';
import { findSubmission } from '../../db/submissions.ts';
import type { UserRecord } from '../../db/users.ts';
import { classFor, requireRecordId } from './access.ts';
import { submissionView } from './views.ts';

export async function readSubmission(db: Db, user: UserRecord, id: string) {
  const submission = await findSubmission(db, requireRecordId(id, 'submission'));
  const assignment = submission && (await findAssignment(db, submission.assignmentId));
  if (!submission || !assignment) throw new ApiError(404, 'no such submission');
  // The rule is checked with the class's facts, without requiring current enrollment.
  const cls = await classFor(db, user, assignment.classId, (actor, c) => canReadSubmission(actor, c, submission));
  const teacher = canSeeHiddenChecks(user, cls);
  return { submission, assignment, cls, teacher, view: submissionView(submission, teacher, assignment.checks) };
}
