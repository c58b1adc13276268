// Classroom persistence on both providers: accounts and sessions (through lib/auth), the sign-in
// rate limit, classes and enrollment, assignments with checks, submissions and regrade jobs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, TEST_PROVIDERS, type TestDatabase } from './test-support/test-databases.ts';
import { signIn, signOut, signUp } from '../auth/accounts.ts';
import { userFromToken } from '../auth/current-user.ts';
import { MAX_FAILED_SIGN_INS, SIGN_IN_WINDOW_MS } from '../ratelimit/sign-in-failures.ts';
import { SESSION_TTL_MS } from '../auth/session-token.ts';
import { createClassroom, findEnrollment, joinClassroom, listRoster, listStudentClassrooms, removeStudent } from './classrooms.ts';
import { createAssignment, findAssignment, updateAssignment } from './assignments.ts';
import { createSubmission, findSubmission, listStudentSubmissions, regradeSubmission } from './submissions.ts';
import { createRegradeJob, finishRegradeJob, latestRegradeJob, recordRegradeProgress } from './regrade-jobs.ts';
import { SEED_ASSIGNMENT } from '../classroom/seed-assignment.ts';
import { grade } from '../classroom/grade.ts';
import { runResult } from '../classroom/test-support/run-result.ts';

const PASSWORD = 'correct horse battery';

describe.each(TEST_PROVIDERS)('classroom persistence on %s', (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(provider);
  }, 60_000);
  afterAll(async () => t?.drop());

  async function account(username: string, role: 'teacher' | 'student') {
    const outcome = await signUp(t.db, { username, password: PASSWORD, role });
    if (outcome.kind !== 'ok') throw new Error('taken');
    return outcome;
  }

  it('signs up, refuses a taken username, signs in and out; the database holds no token or password', async () => {
    const { user, token } = await account('ada', 'teacher');
    expect(await signUp(t.db, { username: 'ada', password: PASSWORD, role: 'student' })).toEqual({ kind: 'taken' });
    expect(await userFromToken(t.db, token)).toEqual(user);
    const row = await t.db.user.findUnique({ where: { id: user.id } });
    expect(row?.passwordHash).toMatch(/^\$2[aby]\$10\$/);
    expect(JSON.stringify(await t.db.session.findMany())).not.toContain(token);
    const again = await signIn(t.db, { username: 'ada', password: PASSWORD, ip: '1.1.1.1' });
    expect(again.kind).toBe('ok');
    await signOut(t.db, token);
    expect(await userFromToken(t.db, token)).toBeNull();
    expect(await signIn(t.db, { username: 'ada', password: 'wrong password', ip: '1.1.1.1' })).toEqual({ kind: 'invalid' });
    expect(await signIn(t.db, { username: 'nobody', password: PASSWORD, ip: '1.1.1.1' })).toEqual({ kind: 'invalid' });
  });

  it('expires sessions after their lifetime', async () => {
    const past = new Date(Date.now() - SESSION_TTL_MS - 1000);
    const outcome = await signUp(t.db, { username: 'old', password: PASSWORD, role: 'student' }, past);
    if (outcome.kind !== 'ok') throw new Error('taken');
    expect(await userFromToken(t.db, outcome.token)).toBeNull();
  });

  it('rate-limits failed sign-ins per username + IP, even for the right password, until the window passes', async () => {
    await account('bob', 'student');
    const now = new Date();
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i++) {
      expect((await signIn(t.db, { username: 'bob', password: 'nope nope', ip: '9.9.9.9' }, now)).kind).toBe('invalid');
    }
    expect((await signIn(t.db, { username: 'bob', password: PASSWORD, ip: '9.9.9.9' }, now)).kind).toBe('limited');
    expect((await signIn(t.db, { username: 'bob', password: PASSWORD, ip: '8.8.8.8' }, now)).kind).toBe('ok');
    const later = new Date(now.getTime() + SIGN_IN_WINDOW_MS + 1000);
    expect((await signIn(t.db, { username: 'bob', password: PASSWORD, ip: '9.9.9.9' }, later)).kind).toBe('ok');
  });

  it('creates classes with join codes; students join, are listed, removed, and cannot rejoin', async () => {
    const { user: teacher } = await account('teach1', 'teacher');
    const { user: s1 } = await account('stu1', 'student');
    const { user: s2 } = await account('stu2', 'student');
    const cls = await createClassroom(t.db, { teacherId: teacher.id, name: '<b>Async 101</b>' });
    expect(cls.joinCode).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    expect(await joinClassroom(t.db, cls.joinCode.toLowerCase(), s1.id)).toMatchObject({ kind: 'joined' });
    expect(await joinClassroom(t.db, cls.joinCode, s1.id)).toMatchObject({ kind: 'already' });
    expect(await joinClassroom(t.db, cls.joinCode, s2.id)).toMatchObject({ kind: 'joined' });
    expect(await joinClassroom(t.db, 'ZZZZZZZZ', s2.id)).toEqual({ kind: 'not-found' });
    expect((await listRoster(t.db, cls.id)).map((r) => r.username)).toEqual(['stu1', 'stu2']);
    expect(await removeStudent(t.db, cls.id, s2.id)).toBe(true);
    expect(await removeStudent(t.db, cls.id, s2.id)).toBe(false);
    expect(await findEnrollment(t.db, cls.id, s2.id)).toEqual({ removed: true });
    expect(await joinClassroom(t.db, cls.joinCode, s2.id)).toEqual({ kind: 'removed' });
    expect((await listRoster(t.db, cls.id)).map((r) => r.username)).toEqual(['stu1']);
    expect(await listStudentClassrooms(t.db, s2.id)).toEqual([]);
  });

  it('stores assignments with checks, submissions with results and grades, and regrade jobs', async () => {
    const { user: teacher } = await account('teach2', 'teacher');
    const { user: student } = await account('stu3', 'student');
    const cls = await createClassroom(t.db, { teacherId: teacher.id, name: 'c' });
    const dueAt = new Date('2030-01-01T00:00:00Z');
    const assignment = await createAssignment(t.db, cls.id, { ...SEED_ASSIGNMENT, dueAt });
    expect(await findAssignment(t.db, assignment.id)).toMatchObject({ checks: SEED_ASSIGNMENT.checks, dueAt });
    expect((await updateAssignment(t.db, assignment.id, { title: 'renamed' }))?.title).toBe('renamed');
    const result = runResult({ virtualMs: 6000, console: [{ t: 0, stream: 'stdout', text: 'x'.repeat(20_000), taskId: 1 }] });
    const graded = grade(SEED_ASSIGNMENT.checks, result);
    const sub = await createSubmission(t.db, { assignmentId: assignment.id, studentId: student.id, code: 'code', late: false, result, grade: graded, gradedVersion: 1 });
    expect(sub).toMatchObject({ virtualMs: 6000, score: graded.score, maxScore: 100, late: false });
    const detail = await findSubmission(t.db, sub.id);
    expect(detail?.result).toEqual(result); // large enough to be stored gzip-compressed
    expect(detail?.grade).toEqual(graded);
    const better = runResult({ virtualMs: 3000 });
    const edited = await updateAssignment(t.db, assignment.id, { checks: SEED_ASSIGNMENT.checks });
    expect(edited?.checksVersion).toBe(assignment.checksVersion + 1); // every change of the checks bumps it
    expect(await regradeSubmission(t.db, sub.id, better, grade(SEED_ASSIGNMENT.checks, better), 2)).toBe(true);
    // A slow job of the older checks finishes last: it must not overwrite the newer grade.
    expect(await regradeSubmission(t.db, sub.id, result, graded, 1)).toBe(false);
    const [summary] = await listStudentSubmissions(t.db, assignment.id, student.id);
    expect(summary).toMatchObject({ virtualMs: 3000, score: 60 }) // time + no warnings;
    expect(summary).not.toHaveProperty('code');
    const job = await createRegradeJob(t.db, { assignmentId: assignment.id, teacherId: teacher.id, checksVersion: 2, total: 3 });
    expect(job).toMatchObject({ state: 'queued', teacherId: teacher.id, checksVersion: 2 });
    await recordRegradeProgress(t.db, job.id, 2);
    await finishRegradeJob(t.db, job.id, { state: 'done' });
    expect(await latestRegradeJob(t.db, assignment.id)).toMatchObject({ id: job.id, state: 'done', total: 3, done: 2 });
  });
});
