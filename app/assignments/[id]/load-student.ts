// A student's /assignments/<id>: the assignment as the API shows students (visible checks only),
// their own deadline and the late policy, their submissions, and the latest one in full (code,
// run, redacted grade) to open on. The teacher's preview loads the same view with no submissions.
import { assignmentView, submissionView } from '@/lib/usecases/classroom/views.ts';
import type { AssignmentRecord } from '@/lib/db/assignments.ts';
import { database } from '@/lib/db/database.ts';
import { findSubmission } from '@/lib/db/submissions.ts';
import { studentSubmissionList } from '@/lib/usecases/classroom/student-submissions.ts';
import type { UserRecord } from '@/lib/db/users.ts';
import type { StudentGrade } from '@/lib/classroom/redact.ts';
import { describeLatePolicy } from '@/lib/classroom/late-policy.ts';
import { findExtension } from '@/lib/db/authoring.ts';

/** Exactly the student's view of the assignment: the preview and the student page share it. */
export async function studentAssignmentView(assignment: AssignmentRecord, studentId: string | null) {
  const extension = studentId ? await findExtension(await database(), assignment.id, studentId) : null;
  const view = assignmentView(assignment, false);
  const dueAt = extension ?? view.dueAt;
  return {
    id: view.id, title: view.title, instructionsHtml: view.instructionsHtml, dueAt,
    late: Date.now() > dueAt.getTime(), checks: view.checks, hiddenCheckCount: view.hiddenCheckCount,
    lateNote: describeLatePolicy(assignment.latePolicy), extended: extension !== null,
    closed: assignment.latePolicy.kind === 'refuse' && Date.now() > dueAt.getTime(),
  };
}

export async function loadStudentAssignment(assignment: AssignmentRecord, user: UserRecord) {
  const db = await database();
  // Each grade is redacted on the server (the use case): only counts and failed kinds of hidden checks leave it.
  const submissions = await studentSubmissionList(db, assignment.id, user.id);
  const detail = submissions[0] ? await findSubmission(db, submissions[0].id) : null;
  let latest = null;
  if (detail) {
    const { code: _code, result, grade, ...summary } = submissionView(detail, false);
    latest = { submission: summary, result, grade: grade as StudentGrade };
  }
  return {
    assignment: await studentAssignmentView(assignment, user.id),
    initialCode: detail?.code ?? assignment.starterCode,
    submissions,
    latest,
  };
}
