// What each role sees of an assignment and a submission. Students get visible checks only and a
// count of hidden ones; the grade of their submissions is redacted the same way.
import type { AssignmentRecord } from '../../db/assignments.ts';
import type { SubmissionDetail } from '../../db/submissions.ts';
import type { Check } from '../../classroom/checks.ts';
import { redactForStudent } from '../../classroom/redact.ts';
import { latePenaltyFor } from '../../classroom/late-policy.ts';
import { renderMarkdown } from '../../classroom/markdown.ts';

export function assignmentView(assignment: AssignmentRecord, showHidden: boolean) {
  const { checks, ...rest } = assignment;
  const visible = showHidden ? checks : checks.filter((c) => c.visible);
  return {
    ...rest,
    instructionsHtml: renderMarkdown(assignment.instructions),
    checks: visible,
    hiddenCheckCount: checks.length - checks.filter((c) => c.visible).length,
    late: Date.now() > assignment.dueAt.getTime(),
  };
}

/** The teacher also gets the harnesses the grade ran, to read next to the code. */
export function submissionView(submission: SubmissionDetail, showHidden: boolean, checks: readonly Check[] = []) {
  const harnesses = showHidden ? checks.flatMap((c) => (c.kind === 'harness' ? [{ id: c.id, code: c.code, visible: c.visible }] : [])) : [];
  // The late line comes from the full grade (the score before the penalty counts hidden checks too).
  const latePenalty = latePenaltyFor(submission, submission.grade);
  return { ...submission, latePenalty, grade: showHidden ? submission.grade : redactForStudent(submission.grade), harnesses };
}
