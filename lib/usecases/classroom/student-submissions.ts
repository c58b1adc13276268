// A student's own submissions to one assignment, as the student may see them: one home for the
// page and GET /api/assignments/<id>/submissions. Each grade is redacted here, on the server, so
// only the count and failed kinds of hidden checks leave it, with the same one-line summary the
// page shows, and the late-penalty line worked out from the full grade.
import type { Db } from '../../db/client.ts';
import { listStudentSubmissionsGraded } from '../../db/dashboard-reads.ts';
import { redactForStudent, hiddenSummaryText } from '../../classroom/redact.ts';
import { latePenaltyFor } from '../../classroom/late-policy.ts';

export async function studentSubmissionList(db: Db, assignmentId: string, studentId: string) {
  return (await listStudentSubmissionsGraded(db, assignmentId, studentId)).map(({ grade, ...summary }) => {
    const redacted = redactForStudent(grade);
    return {
      ...summary,
      hidden: { ...redacted.hidden, failedKinds: redacted.hiddenFailedKinds },
      hiddenSummary: hiddenSummaryText(redacted.hidden, redacted.hiddenFailedKinds),
      latePenalty: latePenaltyFor(summary, grade),
    };
  });
}
