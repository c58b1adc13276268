// A student's submission: run and grade the code through the shared pool, mark it late after the
// due date, store it, and answer with the grade as the student may see it.
import type { Db } from '../db/client.ts';
import type { UserRecord } from '../db/users.ts';
import { createSubmission } from '../db/submissions.ts';
import { canSubmit } from '../classroom/authorization.ts';
import { gradeProgram, type RunProgram } from '../classroom/grade-program.ts';
import { redactForStudent } from '../classroom/redact.ts';
import { runCode } from '../runner/run-code.ts';
import { sharedRunner } from '../runner/shared-pool.ts';
import { assignmentFor } from './classroom-access.ts';
import { RunnerBusyError } from './snippet-runs.ts';

export const runOnSharedPool: RunProgram = (code, harness) => runCode(code, { ...sharedRunner(), harness });
/** Runs on the shared pool as the client with `fairnessKey`, so a student's runs queue fairly with everyone else's. */
export const runOnSharedPoolFor = (fairnessKey: string): RunProgram => (code, harness) => runCode(code, { ...sharedRunner(), client: fairnessKey, harness });

export async function submit(db: Db, actor: UserRecord, assignmentId: string, code: string, run = runOnSharedPool, now = new Date()) {
  const { assignment } = await assignmentFor(db, actor, assignmentId, canSubmit);
  const { result, grade } = await gradeProgram(code, assignment.checks, run);
  // A busy pool graded nothing: refuse rather than store a zero the student did not earn.
  if (result.status === 'busy' || grade.checks.some((c) => c.kind === 'harness' && /status "busy"/.test(c.reason))) throw new RunnerBusyError();
  const late = now.getTime() > assignment.dueAt.getTime();
  const submission = await createSubmission(db, { assignmentId: assignment.id, studentId: actor.id, code, late, result, grade, at: now });
  return { submission, result, grade: redactForStudent(grade) };
}
