// Saving an assignment runs every check against the reference and wrong variants on a real sandbox
// pool: the tutorial's createTask program passes the seed checks, its sequential version is caught,
// a variant that only renames things is not ("your checks do not catch…"); busy sandboxes leave the
// checks unverified instead of failing the save; runs are queued as the teacher.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../db/test-support/test-databases.ts';
import { signUp } from '../../auth/accounts.ts';
import { callerFor } from '../../auth/identify.ts';
import type { UserRecord } from '../../db/users.ts';
import { createClassroom } from '../../db/classrooms.ts';
import { SandboxPool } from '../../runner/pool/sandbox-pool.ts';
import { busyResult } from '../../runner/results.ts';
import { SEED_ASSIGNMENT } from '../../classroom/seed-assignment.ts';
import { example } from '../../examples/catalog.ts';

const createTaskExample = example('create-task');
const sequentialExample = example('sequential');
import { createAuthoredAssignment, updateAuthoredAssignment } from './save-assignment.ts';
import { verifyChecks } from './verify-checks.ts';

let t: TestDatabase;
let teacher: UserRecord;
let classId: string;
let pool: SandboxPool;
const runner = () => ({ pool });

beforeAll(async () => {
  t = await openTestDatabase('sqlite');
  const outcome = await signUp(t.db, { username: 'teach', password: 'correct horse battery', role: 'teacher' });
  if (outcome.kind !== 'ok') throw new Error('taken');
  teacher = outcome.user;
  classId = (await createClassroom(t.db, { teacherId: teacher.id, name: 'c' })).id;
  pool = new SandboxPool({ workerScript: path.join(import.meta.dirname, '..', '..', 'runner', 'sandbox', 'worker.ts'), size: 1 });
}, 60_000);
afterAll(async () => {
  await pool?.close();
  await t?.drop();
});

const renamed = createTaskExample.code.replaceAll('task1', 'first').replaceAll('task2', 'second');
const solution = {
  referenceCode: createTaskExample.code,
  variants: [{ label: 'sequential version', code: sequentialExample.code }, { label: 'renamed version', code: renamed }],
};

describe('verifyChecks', () => {
  it('passes the reference, catches the sequential variant, warns about the one no check catches', async () => {
    const clients: string[] = [];
    const recording = { run: (code: string, client?: string, ...rest: unknown[]) => {
      clients.push(client ?? '');
      return (pool.run as (...args: unknown[]) => unknown)(code, client, ...rest);
    } } as unknown as SandboxPool;
    const report = await verifyChecks(callerFor(teacher, t.db), SEED_ASSIGNMENT.checks, solution, { runner: { pool: recording } });
    expect(report.reference).toMatchObject({ score: 100, maxScore: 100, failed: [] });
    expect(report.variants[0]).toMatchObject({ label: 'sequential version', caught: true });
    expect(report.variants[0]!.failed.map((f) => f.id)).toEqual(expect.arrayContaining(['fast', 'overlap']));
    expect(report.variants[1]).toMatchObject({ label: 'renamed version', caught: false });
    expect(report.warnings).toEqual(['Your checks do not catch the renamed version: it passes every check.']);
    // Charged to the teacher, like any run.
    // One run per program, in the sandbox pool (never in this process), queued as the teacher.
    expect(clients).toEqual([`user:${teacher.id}`, `user:${teacher.id}`, `user:${teacher.id}`]);
  }, 60_000);

  it('warns when the reference fails a check', async () => {
    const report = await verifyChecks(callerFor(teacher, t.db), SEED_ASSIGNMENT.checks, { referenceCode: sequentialExample.code, variants: [] }, { runner: runner() });
    expect(report.warnings.some((w) => w.startsWith('The reference solution fails check "fast"'))).toBe(true);
  }, 60_000);

  it('runs nothing without a solution', async () => {
    const never = { run: async () => { throw new Error('ran'); } } as unknown as SandboxPool;
    expect(await verifyChecks(callerFor(teacher, t.db), SEED_ASSIGNMENT.checks, { referenceCode: '  ', variants: [] }, { runner: { pool: never } }))
      .toEqual({ reference: null, variants: [], warnings: [] });
  });

  it('leaves the checks unverified when every sandbox is busy', async () => {
    const busy = { run: async () => busyResult({ why: 'queue-full', queued: 64 }) } as unknown as SandboxPool;
    const report = await verifyChecks(callerFor(teacher, t.db), SEED_ASSIGNMENT.checks, solution, { runner: { pool: busy } });
    expect(report.unverified).toMatch(/busy/);
    expect(report.warnings).toEqual([]);
  });
});

describe('saving', () => {
  it('creates with the solution, reports, and counts stale grades only when the checks really change', async () => {
    const body = { ...SEED_ASSIGNMENT, dueAt: new Date('2030-01-01T00:00:00Z'), solution };
    const created = await createAuthoredAssignment(t.db, teacher, classId, body, { runner: runner() });
    expect(created.authoring.warnings).toHaveLength(1);
    expect(created.staleGrades).toBe(0);
    expect(JSON.stringify(created.assignment)).not.toContain('renamed version');
    // The same checks again: no new version.
    const same = await updateAuthoredAssignment(t.db, teacher, created.assignment, { checks: SEED_ASSIGNMENT.checks, title: 'x' }, { runner: runner() });
    expect(same.assignment.checksVersion).toBe(created.assignment.checksVersion);
    // A new check is a change: one more version.
    const checks = [...SEED_ASSIGNMENT.checks, { id: 'names', kind: 'output' as const, match: 'regex' as const, points: 0, visible: false, lines: [] }];
    const changed = await updateAuthoredAssignment(t.db, teacher, same.assignment, { checks }, { runner: runner() });
    expect(changed.assignment.checksVersion).toBe(created.assignment.checksVersion + 1);
  }, 120_000);
});
