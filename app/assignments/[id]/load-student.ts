// A student's /assignments/<id>: the assignment as the API shows students (visible checks only),
// their submissions, and the latest one in full (code, run, redacted grade) to open on.
import { assignmentView, submissionView } from '@/lib/api/classroom-views';
import type { AssignmentRecord } from '@/lib/db/assignments';
import { database } from '@/lib/db/database';
import { findSubmission, listStudentSubmissions } from '@/lib/db/submissions';
import type { UserRecord } from '@/lib/db/users';
import type { StudentGrade } from '@/lib/classroom/redact';

export async function loadStudentAssignment(assignment: AssignmentRecord, user: UserRecord) {
  const db = await database();
  const submissions = await listStudentSubmissions(db, assignment.id, user.id);
  const detail = submissions[0] ? await findSubmission(db, submissions[0].id) : null;
  const view = assignmentView(assignment, false);
  let latest = null;
  if (detail) {
    const { code: _code, result, grade, ...summary } = submissionView(detail, false);
    latest = { submission: summary, result, grade: grade as StudentGrade };
  }
  return {
    assignment: {
      id: view.id, title: view.title, instructionsHtml: view.instructionsHtml, dueAt: view.dueAt,
      late: view.late, checks: view.checks, hiddenCheckCount: view.hiddenCheckCount,
    },
    initialCode: detail?.code ?? assignment.starterCode,
    submissions,
    latest,
  };
}
