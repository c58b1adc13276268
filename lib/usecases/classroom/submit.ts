// A student's submission: run and grade the code as the student (lib/usecases/run-for-client.ts),
// judged against their own deadline by the late policy (refused before running, or flagged late
// with any penalty applied), store it, and answer with the grade as the student may see it.
// A busy pool throws RunnerBusyError out of the grading, so a zero nobody earned is never stored.
import type { Db } from '../../db/client.ts';
import type { UserRecord } from '../../db/users.ts';
import { createSubmission } from '../../db/submissions.ts';
import { canSubmit } from '../../classroom/authorization.ts';
import { gradeProgram } from '../../classroom/grade.ts';
import { exploreForGrading } from '../explore-for-client.ts';
import { redactForStudent } from '../../classroom/redact.ts';
import type { ClientRuns } from '../run-for-client.ts';
import { assignmentFor } from './access.ts';
import { admitSubmission } from './deadlines.ts';
import { applyPenalty, latePenaltyFor } from '../../classroom/late-policy.ts';

export async function submit(db: Db, actor: UserRecord, assignmentId: string, code: string, runs: ClientRuns, now = new Date()) {
  const { assignment } = await assignmentFor(db, actor, assignmentId, canSubmit);
  const lateness = await admitSubmission(db, assignment, actor.id, now);
  const graded = await gradeProgram(code, assignment.checks, (program, harness) => runs.run(program, harness), exploreForGrading);
  const { result } = graded;
  const penaltyPercent = lateness.kind === 'late' ? lateness.penaltyPercent : 0;
  const grade = applyPenalty(graded.grade, penaltyPercent);
  const submission = await createSubmission(db, {
    assignmentId: assignment.id, studentId: actor.id, code, late: lateness.kind === 'late', penaltyPercent, effectiveDueAt: lateness.deadline,
    result, grade, gradedVersion: assignment.checksVersion, at: now,
  });
  return { submission: { ...submission, latePenalty: latePenaltyFor(submission, grade) }, result, grade: redactForStudent(grade) };
}
