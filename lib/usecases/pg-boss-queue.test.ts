// The durable grading queue on PostgreSQL: two grading instances (processes) share one pg-boss
// queue; the one working a job is killed with SIGKILL, and the other finishes the job. Progress
// lives in the RegradeJob row, which every instance (and the teacher's poll) reads.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../db/test-support/test-databases.ts';
import { signUp } from '../auth/accounts.ts';
import { createClassroom } from '../db/classrooms.ts';
import { createAssignment } from '../db/assignments.ts';
import { createSubmission, listAssignmentSubmissions } from '../db/submissions.ts';
import { findRegradeJob } from '../db/regrade-jobs.ts';
import { SEED_ASSIGNMENT } from '../classroom/seed-assignment.ts';
import { grade } from '../classroom/grade.ts';
import { runResult } from '../classroom/test-support/run-result.ts';
import type { PostgresTarget } from '../db/database-url.ts';
import { bossSchema, PgBossQueue } from './pg-boss-queue.ts';
import { requestRegrade } from './regrade.ts';

const INSTANCE = path.join(import.meta.dirname, 'test-support', 'grading-instance.ts');
/** Submissions in the job: at 2 at a time and 400 ms a run, about 2.4 s of work. */
const SUBMISSIONS = 12;

interface Instance { child: ChildProcess; lines: string[] }

function startInstance(url: string): Instance {
  const child = spawn(process.execPath, [INSTANCE, url], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines: string[] = [];
  child.stdout!.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean)));
  return { child, lines };
}

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

let t: TestDatabase;
const instances: Instance[] = [];
let queue: PgBossQueue;
beforeAll(async () => {
  t = await openTestDatabase('postgresql');
  queue = new PgBossQueue(t.target as PostgresTarget);
}, 60_000);
afterAll(async () => {
  for (const { child } of instances) child.kill('SIGKILL');
  await queue?.stop();
  await t?.db.$executeRawUnsafe(`DROP SCHEMA IF EXISTS "${bossSchema(t.target as PostgresTarget)}" CASCADE`);
  await t?.drop();
});

describe('the pg-boss grading queue', () => {
  it('survives the kill -9 of the instance running a job: another instance finishes it', async () => {
    const outcome = await signUp(t.db, { username: 'teach', password: 'correct horse battery', role: 'teacher' });
    const pupil = await signUp(t.db, { username: 'pupil', password: 'correct horse battery', role: 'student' });
    if (outcome.kind !== 'ok' || pupil.kind !== 'ok') throw new Error('sign-up failed');
    const cls = await createClassroom(t.db, { teacherId: outcome.user.id, name: 'c' });
    const assignment = await createAssignment(t.db, cls.id, { ...SEED_ASSIGNMENT, dueAt: new Date('2030-01-01T00:00:00Z') });
    const bad = runResult({ status: 'error' });
    for (let i = 0; i < SUBMISSIONS; i++) {
      await createSubmission(t.db, { assignmentId: assignment.id, studentId: pupil.user.id, code: `// ${i}`, late: false, result: bad, grade: grade(assignment.checks, bad), gradedVersion: 1 });
    }
    instances.push(startInstance(t.url), startInstance(t.url));
    await until('both instances', () => (instances.every((i) => i.lines.includes('ready')) ? true : undefined), 30_000);

    const job = await requestRegrade(t.db, queue, outcome.user, assignment);
    const first = await until('an instance to take the job', () => instances.find((i) => i.lines.includes(`working ${job.id}`)), 30_000);
    // Progress is visible to the teacher (any instance reads the row) before the kill.
    await until('progress', async () => ((await findRegradeJob(t.db, job.id))?.done ?? 0) > 0 || undefined, 30_000);
    first.child.kill('SIGKILL');
    const survivor = instances.find((i) => i !== first)!;

    await until('the survivor to finish the job', () => (survivor.lines.includes(`finished ${job.id}`) ? true : undefined), 90_000);
    expect(await findRegradeJob(t.db, job.id)).toMatchObject({ state: 'done', done: SUBMISSIONS, total: SUBMISSIONS });
    const graded = await listAssignmentSubmissions(t.db, assignment.id);
    expect(graded.map((s) => s.status)).toEqual(Array(SUBMISSIONS).fill('ok'));
    expect(first.lines).not.toContain(`finished ${job.id}`);
  }, 150_000);
});
