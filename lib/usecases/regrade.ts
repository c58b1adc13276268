// "Regrade all" as a use case: requestRegrade records a job (charged to the teacher, stamped with
// the checks' version) and queues it; runRegradeJob works it on whichever instance the queue
// chose. Runs go through runForClient's admission as the teacher at low priority, a busy pool or
// a spent budget waits and retries (never a failed check), and a grade is only written when no
// newer checks have graded the submission already.
import type { Db } from '../db/client.ts';
import type { AssignmentRecord } from '../db/assignments.ts';
import { findAssignment } from '../db/assignments.ts';
import type { UserRecord } from '../db/users.ts';
import { findUser } from '../db/users.ts';
import { regradeSubmission, submissionCodes } from '../db/submissions.ts';
import {
  createRegradeJob, findRegradeJob, finishRegradeJob, markRegradeRunning, recordRegradeProgress, type RegradeJobRecord,
} from '../db/regrade-jobs.ts';
import { gradeProgram } from '../classroom/grade.ts';
import { applyPenalty } from '../classroom/late-policy.ts';
import { exploreForGrading } from './explore-for-client.ts';
import { ApiError } from '../api-error.ts';
import { callerFor } from '../auth/identify.ts';
import { admitClient, RunnerBusyError, type RunForClientOptions } from './run-for-client.ts';
import type { GradingQueue } from './grading-queue.ts';

/** Submissions of one job graded at once: the pool serves low-priority work one worker at a time anyway. */
export const REGRADE_CONCURRENCY = 2;
/** Wait before retrying a submission the pool answered "busy", in ms. */
export const REGRADE_BUSY_RETRY_MS = 500;

export interface RegradeDeps {
  /** The pool to run on (tests); the shared one otherwise. */
  runner?: RunForClientOptions['runner'];
  sleep?: (ms: number) => Promise<void>;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function requestRegrade(db: Db, queue: GradingQueue, teacher: UserRecord, assignment: AssignmentRecord): Promise<RegradeJobRecord> {
  const total = (await submissionCodes(db, assignment.id)).length;
  const job = await createRegradeJob(db, { assignmentId: assignment.id, teacherId: teacher.id, checksVersion: assignment.checksVersion, total });
  if (total) await queue.enqueue(job.id);
  return job;
}

/** Grades one submission as the teacher, waiting out a busy pool or a spent budget. */
async function regradeOne(db: Db, teacher: UserRecord, assignment: AssignmentRecord, item: { id: string; code: string; penaltyPercent: number }, deps: RegradeDeps): Promise<void> {
  const sleep = deps.sleep ?? pause;
  for (;;) {
    try {
      const runs = await admitClient(callerFor(teacher, db), { priority: 'low', runner: deps.runner });
      const { result, grade } = await gradeProgram(item.code, assignment.checks, (code, harness) => runs.run(code, harness), exploreForGrading);
      await runs.charge();
      // The late penalty the submission earned when it was made still applies to its new grade.
      await regradeSubmission(db, item.id, result, applyPenalty(grade, item.penaltyPercent), assignment.checksVersion);
      return;
    } catch (error) {
      if (error instanceof RunnerBusyError) await sleep(REGRADE_BUSY_RETRY_MS);
      else if (error instanceof ApiError && error.status === 429) await sleep((error.retryAfterS ?? 1) * 1000);
      else throw error;
    }
  }
}

/** Works job `jobId` to the end. Safe to run again after a crash: it regrades everything again. */
export async function runRegradeJob(db: Db, jobId: string, deps: RegradeDeps = {}): Promise<void> {
  const job = await findRegradeJob(db, jobId);
  if (!job || job.state === 'done' || job.state === 'failed') return;
  try {
    const [assignment, teacher] = await Promise.all([findAssignment(db, job.assignmentId), findUser(db, job.teacherId)]);
    if (!assignment || !teacher) throw new Error('the assignment or its teacher no longer exists');
    await markRegradeRunning(db, job.id);
    await recordRegradeProgress(db, job.id, 0);
    // Graded with the checks as they are now: a newer version is stamped, an older job cannot win.
    const items = await submissionCodes(db, assignment.id);
    let next = 0;
    let done = 0;
    const worker = async () => {
      while (next < items.length) {
        await regradeOne(db, teacher, assignment, items[next++]!, deps);
        await recordRegradeProgress(db, job.id, ++done);
      }
    };
    await Promise.all(Array.from({ length: REGRADE_CONCURRENCY }, worker));
    await finishRegradeJob(db, job.id, { state: 'done' });
  } catch (error) {
    await finishRegradeJob(db, job.id, { state: 'failed', error: error instanceof Error ? error.message : String(error) });
  }
}
