// A student's submission: run and grade the code as the student (lib/usecases/run-for-client.ts),
// mark it late after the due date, store it, and answer with the grade as the student may see it.
// A busy pool throws RunnerBusyError out of the grading, so a zero nobody earned is never stored.
import type { Db } from '../db/client.ts';
import type { UserRecord } from '../db/users.ts';
import { createSubmission } from '../db/submissions.ts';
import { canSubmit } from '../classroom/authorization.ts';
import { gradeProgram } from '../classroom/grade-program.ts';
import { redactForStudent } from '../classroom/redact.ts';
import type { ClientRuns } from '../usecases/run-for-client.ts';
import { assignmentFor } from './classroom-access.ts';

export async function submit(db: Db, actor: UserRecord, assignmentId: string, code: string, runs: ClientRuns, now = new Date()) {
  const { assignment } = await assignmentFor(db, actor, assignmentId, canSubmit);
  const { result, grade } = await gradeProgram(code, assignment.checks, (program, harness) => runs.run(program, harness));
  const late = now.getTime() > assignment.dueAt.getTime();
  const submission = await createSubmission(db, { assignmentId: assignment.id, studentId: actor.id, code, late, result, grade, gradedVersion: assignment.checksVersion, at: now });
  return { submission, result, grade: redactForStudent(grade) };
}
