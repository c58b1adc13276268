// Teacher dashboard at scale: a class of 300 students with 3,000 submissions (real runs of five
// behaviours, graded and stored as submissions are), seeded into SQLite and into a private
// PostgreSQL schema; prints the dashboard's server time (its data as the page loads it, plus the
// server render of its grid, groups and lists) and behaviour grouping time, as `name: value` lines.
// Usage: node --no-node-snapshot bench/classroom/dashboard-bench.ts
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SandboxPool } from '../../lib/runner/pool/sandbox-pool.ts';
import { runCode } from '../../lib/runner/run-code.ts';
import { grade } from '../../lib/classroom/grade.ts';
import { SEED_ASSIGNMENT } from '../../lib/classroom/seed-assignment.ts';
import { createDb, type Db } from '../../lib/db/client.ts';
import { parseDatabaseUrl, type DbTarget } from '../../lib/db/database-url.ts';
import { migrateDeploy } from '../../lib/db/migrate.ts';
import { randomId } from '../../lib/db/ids.ts';
import { graded } from '../../lib/db/submissions.ts';
import { createAssignment, type AssignmentRecord } from '../../lib/db/assignments.ts';
import { listAssignmentSubmissions } from '../../lib/db/submissions.ts';
import { latestRegradeJob } from '../../lib/db/regrade-jobs.ts';
import { listSubmissionShapes } from '../../lib/db/dashboard-reads.ts';
import { teacherDashboard } from '../../lib/usecases/classroom/dashboard.ts';
import { behaviourGroups } from '../../lib/classroom/behaviour-groups.ts';
import { parseTraceSummary } from '../../lib/classroom/trace-summary.ts';
import { timeTargetMs } from '../../lib/classroom/check-grid.ts';
import { projectRoot, testPostgresUrl } from '../../lib/env.ts';
import { renderDashboard } from './dashboard-render.ts';
import { example } from '../../lib/examples/catalog.ts';

const createTaskExample = example('create-task');
const deadlockExample = example('deadlock');
const neverAwaitedExample = example('never-awaited');
const blockForExample = example('block-for');

const STUDENTS = 300;
const SUBMISSIONS = 3000;
/** Timed repetitions per figure (the median is printed), after one warm-up. */
const REPEATS = 7;

const root = projectRoot();
const PROGRAMS = [createTaskExample.code, SEED_ASSIGNMENT.starterCode, deadlockExample.code, neverAwaitedExample.code, blockForExample.code];

async function realRuns() {
  const pool = new SandboxPool({ workerScript: path.join(root, 'lib/runner/sandbox/worker.ts'), size: 1 });
  const runs = [];
  for (const code of PROGRAMS) {
    const result = await runCode(code, { pool });
    runs.push({ code, result, grade: grade(SEED_ASSIGNMENT.checks, result) });
  }
  await pool.close();
  return runs;
}

async function seed(db: Db, runs: Awaited<ReturnType<typeof realRuns>>): Promise<AssignmentRecord> {
  const teacherId = randomId(12);
  await db.user.create({ data: { id: teacherId, username: `bench-teacher-${teacherId.toLowerCase()}`, passwordHash: 'x', role: 'teacher' } });
  const classId = randomId(12);
  await db.classroom.create({ data: { id: classId, name: 'Bench class', teacherId, joinCode: randomId(8).toUpperCase() } });
  const students = Array.from({ length: STUDENTS }, (_, i) => ({ id: randomId(12), username: `bench-${String(i).padStart(3, '0')}-${teacherId.toLowerCase()}`, passwordHash: 'x', role: 'student' }));
  await db.user.createMany({ data: students });
  await db.enrollment.createMany({ data: students.map((s) => ({ classId, studentId: s.id })) });
  const assignment = await createAssignment(db, classId, { ...SEED_ASSIGNMENT, dueAt: new Date('2030-01-01') });
  const start = Date.UTC(2026, 0, 1);
  const rows = Array.from({ length: SUBMISSIONS }, (_, i) => {
    const run = runs[(i * 7 + Math.floor(i / STUDENTS)) % runs.length]!;
    return {
      id: randomId(12), assignmentId: assignment.id, studentId: students[i % STUDENTS]!.id, code: run.code, late: false,
      gradedVersion: 1, createdAt: new Date(start + i * 60_000), ...graded(run.result, run.grade),
    };
  });
  for (let i = 0; i < rows.length; i += 500) await db.submission.createMany({ data: rows.slice(i, i + 500) });
  return assignment;
}

async function median(fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const times = [];
  for (let i = 0; i < REPEATS; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(REPEATS / 2)]!;
}

async function measure(label: string, target: DbTarget, runs: Awaited<ReturnType<typeof realRuns>>): Promise<void> {
  await migrateDeploy(root, target);
  const db = createDb(target);
  try {
    const assignment = await seed(db, runs);
    // As app/assignments/[id]/load-dashboard.ts loads it, then rendered as the page renders it.
    const page = async () => {
      const [view, all, job] = await Promise.all([teacherDashboard(db, assignment), listAssignmentSubmissions(db, assignment.id), latestRegradeJob(db, assignment.id)]);
      return { view, all, job };
    };
    const data = await page();
    if (data.view.rows.length !== STUDENTS || data.all.length !== SUBMISSIONS) throw new Error('seeding went wrong');
    const html = renderDashboard(data.view, data.all);
    console.log(`dashboard_${SUBMISSIONS}_data_ms_${label}: ${(await median(page)).toFixed(1)}`);
    console.log(`dashboard_${SUBMISSIONS}_render_ms_${label}: ${(await median(async () => renderDashboard(data.view, data.all))).toFixed(1)}`);
    console.log(`dashboard_${SUBMISSIONS}_server_ms_${label}: ${(await median(async () => { const d = await page(); renderDashboard(d.view, d.all); })).toFixed(1)}`);
    console.log(`dashboard_${SUBMISSIONS}_html_kb_${label}: ${(html.length / 1024).toFixed(0)}`);
    const targetMs = timeTargetMs(assignment.checks);
    const names = new Map(data.view.rows.map((r) => [r.studentId, r.username]));
    const grouping = async () => {
      const shapes = await listSubmissionShapes(db, assignment.id);
      return behaviourGroups(shapes.map((s) => ({ submissionId: s.id, studentId: s.studentId, username: names.get(s.studentId)!, createdAt: s.createdAt, summary: parseTraceSummary(s.traceSummaryJson) })), { targetMs });
    };
    const groups = await grouping();
    console.log(`grouping_${SUBMISSIONS}_ms_${label}: ${(await median(grouping)).toFixed(1)}`);
    console.log(`grouping_groups_${label}: ${groups.map((g) => `${g.behaviour}=${g.students.length}`).join(' ')}`);
  } finally {
    if (target.provider === 'postgresql') await db.$executeRawUnsafe(`DROP SCHEMA IF EXISTS "${target.schema}" CASCADE`);
    await db.$disconnect();
  }
}

async function main() {
  const runs = await realRuns();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'taskline-dashboard-bench-'));
  try {
    await measure('sqlite', parseDatabaseUrl(`file:${path.join(dir, 'bench.db')}`, root), runs);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  // A private schema, dropped afterwards: other engineers' tests use test_<random> schemas.
  const url = new URL(testPostgresUrl());
  url.searchParams.set('schema', `bench_dashboard_${randomId(10).toLowerCase()}`);
  await measure('postgres', parseDatabaseUrl(url.toString(), root), runs);
}

await main();
