// "Regrade all": a background job over every submission of an assignment, through the shared pool
// a few at a time, recording progress in the database for the UI to poll. Runs in this process;
// a job whose process died stays "running" and the teacher can start another.
import type { Db } from '../db/client.ts';
import type { AssignmentRecord } from '../db/assignments.ts';
import type { Check } from '../classroom/checks.ts';
import { regradeSubmission, submissionCodes } from '../db/submissions.ts';
import { createRegradeJob, finishRegradeJob, recordRegradeProgress, type RegradeJobRecord } from '../db/regrade-jobs.ts';
import { gradeProgram, type RunProgram } from '../classroom/grade-program.ts';
import { exploreOnSharedPool, runOnSharedPool } from './classroom-submit.ts';

/** Submissions regraded at once: enough to keep a small pool busy without filling its queue. */
export const REGRADE_CONCURRENCY = 4;
/** Wait before retrying a submission the pool answered "busy", in ms. */
const BUSY_RETRY_MS = 200;

async function regradeOne(db: Db, id: string, code: string, run: RunProgram, checks: readonly Check[]): Promise<void> {
  for (;;) {
    const graded = await gradeProgram(code, checks, run, exploreOnSharedPool);
    if (graded.result.status !== 'busy') return regradeSubmission(db, id, graded.result, graded.grade);
    await new Promise((resolve) => setTimeout(resolve, BUSY_RETRY_MS));
  }
}

async function work(db: Db, job: RegradeJobRecord, checks: readonly Check[], items: Array<{ id: string; code: string }>, run: RunProgram): Promise<void> {
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await regradeOne(db, item.id, item.code, run, checks);
      await recordRegradeProgress(db, job.id, ++done);
    }
  };
  try {
    await Promise.all(Array.from({ length: REGRADE_CONCURRENCY }, worker));
    await finishRegradeJob(db, job.id, { state: 'done' });
  } catch (error) {
    await finishRegradeJob(db, job.id, { state: 'failed', error: error instanceof Error ? error.message : String(error) });
  }
}

/** Starts the job and returns it at once, with `finished` for tests that want to wait. */
export async function startRegrade(db: Db, assignment: AssignmentRecord, run = runOnSharedPool): Promise<{ job: RegradeJobRecord; finished: Promise<void> }> {
  const items = await submissionCodes(db, assignment.id);
  const job = await createRegradeJob(db, assignment.id, items.length);
  // Graded with the checks as they are now; an edit during the job applies to the next regrade.
  const finished = items.length ? work(db, job, assignment.checks, items, run) : Promise.resolve();
  return { job, finished };
}

