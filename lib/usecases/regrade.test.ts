// Regrade jobs against a real database, with scripted and real pools: runs are charged to the
// teacher at low priority, a busy pool is waited out (never a failed check), a slow job of older
// checks cannot overwrite a newer grade, and one job leaves room in the pool for everyone else.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../db/test-support/test-databases.ts';
import { signUp } from '../auth/accounts.ts';
import { createClassroom } from '../db/classrooms.ts';
import { createAssignment, updateAssignment, type AssignmentRecord } from '../db/assignments.ts';
import { createSubmission, findSubmission } from '../db/submissions.ts';
import { findRegradeJob } from '../db/regrade-jobs.ts';
import type { UserRecord } from '../db/users.ts';
import { SEED_ASSIGNMENT } from '../classroom/seed-assignment.ts';
import { grade } from '../classroom/grade.ts';
import { runResult } from '../classroom/test-support/run-result.ts';
import type { RunResult } from '../runner/protocol.ts';
import { busyResult } from '../runner/results.ts';
import { SandboxPool } from '../runner/pool/sandbox-pool.ts';
import { example } from '../examples/catalog.ts';
import { InProcessQueue } from './grading-queue.ts';
import { requestRegrade, runRegradeJob } from './regrade.ts';
import { resumeUnfinished } from './regrade-queue.ts';
import { markRegradeRunning } from '../db/regrade-jobs.ts';

const createTaskExample = example('create-task');

let t: TestDatabase;
let teacher: UserRecord;
let student: UserRecord;
let classId: string;
const noWait = async () => {};

beforeAll(async () => {
  t = await openTestDatabase('sqlite');
  const signed = async (username: string, role: 'teacher' | 'student') => {
    const outcome = await signUp(t.db, { username, password: 'correct horse battery', role });
    if (outcome.kind !== 'ok') throw new Error('taken');
    return outcome.user;
  };
  teacher = await signed('teach', 'teacher');
  student = await signed('stud', 'student');
  classId = (await createClassroom(t.db, { teacherId: teacher.id, name: 'c' })).id;
}, 60_000);
afterAll(async () => t?.drop());

/** An assignment with `count` submissions, each stored with a zero grade. */
async function assignmentWith(count: number, code = 'console.log(1)'): Promise<{ assignment: AssignmentRecord; ids: string[] }> {
  const assignment = await createAssignment(t.db, classId, { ...SEED_ASSIGNMENT, dueAt: new Date('2030-01-01T00:00:00Z') });
  const bad = runResult({ status: 'error' });
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const sub = await createSubmission(t.db, { assignmentId: assignment.id, studentId: student.id, code, late: false, result: bad, grade: grade(assignment.checks, bad), gradedVersion: 1 });
    ids.push(sub.id);
  }
  return { assignment, ids };
}

/** A pool whose answers come from `answer`, recording the client of every run. */
function scripted(answer: (call: number) => RunResult | Promise<RunResult>) {
  const clients: string[] = [];
  const pool = { run: async (_code: string, client?: string) => answer(clients.push(client ?? '')) };
  return { clients, runner: { pool: pool as unknown as SandboxPool } };
}

const fast = runResult({ virtualMs: 3000 });

describe('regrade jobs', () => {
  it('charges the teacher at low priority, and waits out a busy pool instead of storing failures', async () => {
    const { assignment, ids } = await assignmentWith(3);
    const job = await requestRegrade(t.db, new InProcessQueue(), teacher, assignment);
    // The first five answers are "busy": the issue saw 6/20 stored with 14 "busy" checks.
    const { clients, runner } = scripted((call) => (call <= 5 ? busyResult({ why: 'queue-full', queued: 64 }) : fast));
    await runRegradeJob(t.db, job.id, { runner, sleep: noWait });
    expect(await findRegradeJob(t.db, job.id)).toMatchObject({ state: 'done', done: 3, total: 3, teacherId: teacher.id });
    expect(new Set(clients)).toEqual(new Set([`low:user:${teacher.id}`]));
    expect(clients.length).toBe(3 + 5);
    for (const id of ids) {
      const sub = await findSubmission(t.db, id);
      expect(sub).toMatchObject({ status: 'ok', virtualMs: 3000 });
      expect(JSON.stringify(sub!.grade)).not.toMatch(/busy/);
    }
  });

  it('a slow job of older checks cannot overwrite the grade of newer ones', async () => {
    const { assignment, ids } = await assignmentWith(1);
    const old = await requestRegrade(t.db, new InProcessQueue(), teacher, assignment);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => { release = resolve; });
    const slow = scripted(async () => (await gate, runResult({ virtualMs: 6000 })));
    const oldJob = runRegradeJob(t.db, old.id, { runner: slow.runner, sleep: noWait });
    while (!slow.clients.length) await new Promise((r) => setTimeout(r, 5)); // the old job holds v1 checks now
    const checks = SEED_ASSIGNMENT.checks.map((c) => (c.id === 'fast' ? { ...c, ms: 6000 } : c));
    const edited = (await updateAssignment(t.db, assignment.id, { checks }))!;
    const fresh = await requestRegrade(t.db, new InProcessQueue(), teacher, edited);
    await runRegradeJob(t.db, fresh.id, { runner: scripted(() => fast).runner, sleep: noWait });
    release();
    await oldJob;
    expect(await findRegradeJob(t.db, old.id)).toMatchObject({ state: 'done', checksVersion: 1 });
    expect(await findSubmission(t.db, ids[0]!)).toMatchObject({ virtualMs: 3000 }); // the newer grade stays
  });

  it('takes up a job its dead process left "running" (the SQLite in-process queue after a restart)', async () => {
    const { assignment } = await assignmentWith(2);
    const job = await requestRegrade(t.db, new InProcessQueue(), teacher, assignment); // queued, then the process died
    await markRegradeRunning(t.db, job.id);
    const restarted = new InProcessQueue();
    const { runner } = scripted(() => fast);
    await restarted.work((id) => runRegradeJob(t.db, id, { runner, sleep: noWait }));
    expect(await resumeUnfinished(t.db, restarted)).toBeGreaterThanOrEqual(1);
    await restarted.idle();
    expect(await findRegradeJob(t.db, job.id)).toMatchObject({ state: 'done', done: 2 });
  });

  it('leaves the pool to other users while it runs', async () => {
    const pool = new SandboxPool({ workerScript: path.join(import.meta.dirname, '..', 'runner', 'sandbox', 'worker.ts'), size: 1 });
    try {
      const { assignment } = await assignmentWith(16, createTaskExample.code);
      const job = await requestRegrade(t.db, new InProcessQueue(), teacher, assignment);
      let peakQueued = 0;
      const watch = setInterval(() => { peakQueued = Math.max(peakQueued, pool.queued); }, 2);
      const regrade = runRegradeJob(t.db, job.id, { runner: { pool } });
      await new Promise((r) => setTimeout(r, 50));
      const others = await Promise.all([1, 2, 3].map((i) => pool.run(`console.log(${i})`, `user:other${i}`)));
      clearInterval(watch);
      expect(others.map((r) => r.status)).toEqual(['ok', 'ok', 'ok']);
      await regrade;
      expect(await findRegradeJob(t.db, job.id)).toMatchObject({ state: 'done', done: 16 });
      expect(peakQueued).toBeLessThanOrEqual(5); // the job never holds more than its own small share of the queue
    } finally {
      await pool.close();
    }
  }, 60_000);
});
