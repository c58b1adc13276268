// Scenario: two real app servers (bin/server.ts) on one PostgreSQL share the pg-boss regrade queue.
// Jobs are queued straight into pg-boss (no HTTP request reaches either server, so only workers
// started at boot can take them); the server working a job is killed with SIGKILL mid-job. Every
// job must still finish, each exactly once, with every submission regraded.
import { signUp } from '../../lib/auth/accounts.ts';
import { createClassroom } from '../../lib/db/classrooms.ts';
import { createAssignment } from '../../lib/db/assignments.ts';
import { createSubmission, listAssignmentSubmissions } from '../../lib/db/submissions.ts';
import { findRegradeJob, type RegradeJobRecord } from '../../lib/db/regrade-jobs.ts';
import { openTestDatabase } from '../../lib/db/test-support/test-databases.ts';
import type { PostgresTarget } from '../../lib/db/database-url.ts';
import { SEED_ASSIGNMENT } from '../../lib/classroom/seed-assignment.ts';
import { grade } from '../../lib/classroom/grade.ts';
import { runResult } from '../../lib/classroom/test-support/run-result.ts';
import { bossSchema, PgBossQueue } from '../../lib/usecases/pg-boss-queue.ts';
import { requestRegrade } from '../../lib/usecases/regrade.ts';
import { sleep, startServer, type Server } from '../production-server.ts';
import { Checks, type ScenarioResult } from './scenario.ts';

const PORTS = [4410, 4411];
/** Regrade jobs queued at once: more than one, so both servers have work when one is killed. */
const JOBS = 2;
/** Submissions per assignment; each runs ~0.1–0.3 s of real CPU, so a job lasts seconds. */
const SUBMISSIONS = 8;
/** A submission that computes for a while before printing (a job must be killable mid-way). */
const SLOW_CODE = 'let x = 0;\nfor (let i = 0; i < 2e7; i++) x += i % 7;\nconsole.log(x > 0);';
/** Longest wait for every job to finish after the kill, in ms: pg-boss notices the dead worker after its 10 s heartbeat. */
const FINISH_TIMEOUT_MS = 180_000;

const started = (server: Server, job: string) => server.output().includes(`regrade job ${job} started`);
const finishedCount = (output: string, job: string) => output.split(`regrade job ${job} finished`).length - 1;

export async function regradeKill(): Promise<ScenarioResult> {
  const checks = new Checks();
  const figures: string[] = [];
  const t = await openTestDatabase('postgresql');
  const target = t.target as PostgresTarget;
  const queue = new PgBossQueue(target);
  const servers: Server[] = [];
  try {
    const teacher = await signUp(t.db, { username: 'teach', password: 'correct horse battery', role: 'teacher' });
    const pupil = await signUp(t.db, { username: 'pupil', password: 'correct horse battery', role: 'student' });
    if (teacher.kind !== 'ok' || pupil.kind !== 'ok') throw new Error('sign-up failed');
    const cls = await createClassroom(t.db, { teacherId: teacher.user.id, name: 'c' });
    const assignments = [];
    const bad = runResult({ status: 'error' });
    for (let j = 0; j < JOBS; j++) {
      const assignment = await createAssignment(t.db, cls.id, { ...SEED_ASSIGNMENT, dueAt: new Date('2030-01-01T00:00:00Z') });
      for (let i = 0; i < SUBMISSIONS; i++) {
        await createSubmission(t.db, { assignmentId: assignment.id, studentId: pupil.user.id, code: `${SLOW_CODE}\n// ${j}.${i}`, late: false, result: bad, grade: grade(assignment.checks, bad), gradedVersion: 1 });
      }
      assignments.push(assignment);
    }

    for (const port of PORTS) servers.push(await startServer(port, { DATABASE_URL: t.url }));
    const booted = servers.map((s) => s.output().includes('regrade worker started'));
    figures.push(`workers started at boot ${booted.filter(Boolean).length}/${servers.length}`);
    // Give the boot hook a moment if the HTTP answer came first.
    for (let i = 0; i < 100 && !servers.every((s) => s.output().includes('regrade worker started')); i++) await sleep(100);
    checks.expect(servers.every((s) => s.output().includes('regrade worker started')), 'a server did not start its regrade worker at boot');

    // Straight into pg-boss: neither server receives a request that could start its queue.
    const jobs: RegradeJobRecord[] = [];
    for (const assignment of assignments) jobs.push(await requestRegrade(t.db, queue, teacher.user, assignment));

    // The victim: a server that has started a job which has made progress but is not done.
    let victim: { server: Server; job: string } | undefined;
    for (let i = 0; i < 1_200 && !victim; i++) {
      for (const job of jobs) {
        const row = await findRegradeJob(t.db, job.id);
        const holder = servers.find((s) => started(s, job.id));
        if (holder && row && row.done > 0 && row.done < row.total && finishedCount(holder.output(), job.id) === 0) victim = { server: holder, job: job.id };
      }
      if (!victim) await sleep(100);
    }
    if (!checks.expect(victim !== undefined, 'no job was seen mid-way on a server')) return checks.result('regrade kill -9 (two app servers, PostgreSQL)', figures);
    const killedAt = (await findRegradeJob(t.db, victim!.job))!;
    const killedOutput = (await (async () => { await victim!.server.kill9(); return victim!.server.output(); })());
    figures.push(`killed mid-job at ${killedAt.done}/${killedAt.total}`);
    const survivor = servers.find((s) => s !== victim!.server)!;

    const deadline = Date.now() + FINISH_TIMEOUT_MS;
    const killTime = Date.now();
    let rows: (RegradeJobRecord | null)[] = [];
    while (Date.now() < deadline) {
      rows = await Promise.all(jobs.map((j) => findRegradeJob(t.db, j.id)));
      if (rows.every((r) => r?.state === 'done' || r?.state === 'failed')) break;
      await sleep(250);
    }
    figures.push(`all jobs settled ${((Date.now() - killTime) / 1000).toFixed(1)} s after the kill`);
    for (const [i, row] of rows.entries()) {
      checks.expect(row?.state === 'done' && row.done === SUBMISSIONS && row.total === SUBMISSIONS, `job ${i}: ${JSON.stringify(row && { state: row.state, done: row.done, total: row.total, error: row.error })}`);
    }
    // Exactly once: each job's "finished" line appears once across both servers, never on the killed one for its job.
    for (const job of jobs) {
      const times = finishedCount(killedOutput, job.id) + finishedCount(survivor.output(), job.id);
      checks.expect(times === 1, `job ${job.id} finished ${times} times`);
    }
    checks.expect(finishedCount(killedOutput, victim!.job) === 0, 'the killed server reported finishing the job it was killed in');
    checks.expect(finishedCount(survivor.output(), victim!.job) === 1, 'the survivor did not finish the killed job');
    // pg-boss agrees: every regrade job it holds is completed, none twice.
    const boss = await t.db.$queryRawUnsafe<Array<{ state: string; n: bigint }>>(`SELECT state::text AS state, count(*) AS n FROM "${bossSchema(target)}".job WHERE name = 'regrade' GROUP BY state`);
    figures.push(`pg-boss jobs ${boss.map((b) => `${b.state} ${b.n}`).join(', ')}`);
    checks.expect(boss.length === 1 && boss[0]!.state === 'completed' && Number(boss[0]!.n) === JOBS, `pg-boss job states: ${JSON.stringify(boss.map((b) => [b.state, Number(b.n)]))}`);
    for (const assignment of assignments) {
      const graded = await listAssignmentSubmissions(t.db, assignment.id);
      checks.expect(graded.length === SUBMISSIONS && graded.every((s) => s.status === 'ok'), `assignment ${assignment.id}: ${graded.map((s) => s.status).join(',')}`);
    }
    return checks.result('regrade kill -9 (two app servers, PostgreSQL)', figures);
  } catch (error) {
    for (const s of servers) console.error(s.output().slice(-3000));
    throw error;
  } finally {
    for (const s of servers) await s.stop().catch(() => {});
    await queue.stop();
    await t.db.$executeRawUnsafe(`DROP SCHEMA IF EXISTS "${bossSchema(target)}" CASCADE`).catch(() => {});
    await t.drop();
  }
}
