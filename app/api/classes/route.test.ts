// The classroom API through its route adapters with the real sandbox pool, against a fresh SQLite
// file: the whole story plus every security refusal (CSRF, roles, other teachers, other students,
// hidden checks, removal, rate limit).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTempAppDatabase } from '@/lib/db/test-support/app-database.ts';
import { sharedRunner } from '@/lib/runner/shared-pool.ts';
import { SEED_ASSIGNMENT } from '@/lib/classroom/seed-assignment.ts';
import { example } from '@/lib/examples/catalog.ts';
import { MAX_FAILED_SIGN_INS } from '@/lib/ratelimit/sign-in-failures.ts';
import { SAVES_PER_MINUTE_PER_USER } from '@/lib/ratelimit/policy.ts';
import { POST as signup } from '../auth/signup/route.ts';
import { POST as signin } from '../auth/signin/route.ts';
import { GET as me } from '../auth/me/route.ts';
import { GET as listClasses, POST as createClass } from './route.ts';
import { POST as join } from './join/route.ts';
import { GET as readClass } from './[id]/route.ts';
import { DELETE as removeStudent } from './[id]/students/[studentId]/route.ts';
import { POST as createAssignment } from './[id]/assignments/route.ts';
import { GET as readAssignment, PUT as updateAssignment } from '../assignments/[id]/route.ts';
import { GET as listSubmissions, POST as submitCode } from '../assignments/[id]/submissions/route.ts';
import { GET as dashboard } from '../assignments/[id]/dashboard/route.ts';
import { GET as exportCsv } from '../assignments/[id]/export/route.ts';
import { GET as regradeStatus, POST as regrade } from '../assignments/[id]/regrade/route.ts';
import { GET as readSubmission } from '../submissions/[id]/route.ts';

// Read lazily: example() reads env(), which must not be frozen before useTempAppDatabase() points it at a temp file.
const createTaskExample = () => example('create-task');

const ORIGIN = 'http://localhost';
const PASSWORD = 'a long enough password';
type Json = Record<string, any>;

function request(path: string, init: { method?: string; body?: unknown; cookie?: string; origin?: string | null; ip?: string } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json', host: 'localhost', 'x-forwarded-for': init.ip ?? '10.0.0.1' };
  if (init.cookie) headers.cookie = init.cookie;
  if (init.origin !== null && init.method && init.method !== 'GET') headers.origin = init.origin ?? ORIGIN;
  return new Request(`${ORIGIN}${path}`, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
}
const ctx = <P extends Record<string, string>>(params: P) => ({ params: Promise.resolve(params) });
const body = async (r: Response) => (await r.json()) as Json;

async function account(username: string, role: 'teacher' | 'student'): Promise<string> {
  const response = await signup(request('/api/auth/signup', { method: 'POST', body: { username, password: PASSWORD, role } }));
  expect(response.status).toBe(201);
  return response.headers.get('set-cookie')!.split(';')[0]!;
}

let cleanup: () => Promise<void>;
const s: Json = {};
beforeAll(async () => {
  cleanup = useTempAppDatabase();
  s.teacher = await account('teacher', 'teacher');
  s.rival = await account('rival', 'teacher');
  s.alice = await account('alice', 'student');
  s.bob = await account('bob', 'student');
  s.eve = await account('eve', 'student');
}, 60_000);
afterAll(async () => {
  await sharedRunner().pool.close();
  await cleanup();
});

describe('accounts', () => {
  it('sets an httpOnly SameSite=Lax Secure session cookie, over http too', async () => {
    const plain = await signin(request('/api/auth/signin', { method: 'POST', body: { username: 'ALICE', password: PASSWORD } }));
    expect(plain.status).toBe(200);
    expect(plain.headers.get('set-cookie')).toMatch(/^tl_session=[\w-]{43}; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Lax; Secure$/);
    const secure = await signin(new Request('https://localhost/api/auth/signin', {
      method: 'POST', headers: { origin: 'https://localhost', host: 'localhost', 'content-type': 'application/json' }, body: JSON.stringify({ username: 'alice', password: PASSWORD }),
    }));
    expect(secure.headers.get('set-cookie')).toMatch(/; Secure$/);
    expect((await body(await me(request('/api/auth/me', { cookie: s.alice })))).user).toMatchObject({ username: 'alice', role: 'student' });
    expect((await me(request('/api/auth/me'))).status).toBe(401);
  });

  it.each([
    ['no Origin', null],
    ['another site', 'https://evil.example'],
  ])('refuses a state-changing request from %s (CSRF)', async (_name, origin) => {
    const response = await createClass(request('/api/classes', { method: 'POST', body: { name: 'x' }, cookie: s.teacher, origin }));
    expect(response.status).toBe(403);
    expect((await body(response)).error).toMatch(/cross-site/);
  });

  it('answers 429 after too many failed sign-ins for one username and IP', async () => {
    const attempt = (password: string) => signin(request('/api/auth/signin', { method: 'POST', body: { username: 'eve', password }, ip: '10.9.9.9' }));
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i++) expect((await attempt('wrong wrong')).status).toBe(401);
    const limited = await attempt(PASSWORD);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('900');
  });
});

describe('the classroom story', () => {
  it('teacher creates a class; a student cannot', async () => {
    expect((await createClass(request('/api/classes', { method: 'POST', body: { name: 'x' }, cookie: s.alice }))).status).toBe(403);
    const created = await body(await createClass(request('/api/classes', { method: 'POST', body: { name: 'Async 101' }, cookie: s.teacher })));
    s.classId = created.classroom.id;
    s.joinCode = created.classroom.joinCode;
    for (const who of ['alice', 'bob', 'eve']) {
      expect((await join(request('/api/classes/join', { method: 'POST', body: { code: s.joinCode }, cookie: s[who] }))).status).toBe(200);
    }
    expect((await join(request('/api/classes/join', { method: 'POST', body: { code: s.joinCode }, cookie: s.teacher }))).status).toBe(403);
    const roster = (await body(await readClass(request(`/api/classes/${s.classId}`, { cookie: s.teacher }), ctx({ id: s.classId })))).roster;
    expect(roster.map((r: Json) => r.username)).toEqual(['alice', 'bob', 'eve']);
    const asStudent = await body(await readClass(request(`/api/classes/${s.classId}`, { cookie: s.alice }), ctx({ id: s.classId })));
    expect(asStudent).not.toHaveProperty('roster');
    expect(JSON.stringify(asStudent)).not.toContain(s.joinCode);
    expect((await body(await listClasses(request('/api/classes', { cookie: s.alice })))).classes[0].joinCode).toBeUndefined();
  });

  it('another teacher cannot reach the class; a student cannot act as its teacher', async () => {
    const id = { id: s.classId };
    expect((await readClass(request(`/api/classes/${s.classId}`, { cookie: s.rival }), ctx(id))).status).toBe(404);
    const assignment = { ...SEED_ASSIGNMENT, dueAt: new Date(Date.now() + 86_400_000).toISOString() };
    expect((await createAssignment(request('/x', { method: 'POST', body: assignment, cookie: s.rival }), ctx(id))).status).toBe(404);
    expect((await createAssignment(request('/x', { method: 'POST', body: assignment, cookie: s.alice }), ctx(id))).status).toBe(403);
    const created = await createAssignment(request('/x', { method: 'POST', body: assignment, cookie: s.teacher }), ctx(id));
    expect(created.status).toBe(201);
    s.assignmentId = (await body(created)).assignment.id;
    expect((await removeStudent(request('/x', { method: 'DELETE', cookie: s.alice }), ctx({ ...id, studentId: 'x' }))).status).toBe(403);
  });

  it('students see visible checks only and a count of hidden ones', async () => {
    const a = { id: s.assignmentId };
    const student = (await body(await readAssignment(request('/x', { cookie: s.alice }), ctx(a)))).assignment;
    expect(student.checks.map((c: Json) => c.id)).toEqual(['fast', 'overlap', 'clean']);
    expect(student.hiddenCheckCount).toBe(1);
    expect(JSON.stringify(student)).not.toContain('both-first');
    expect(student.instructionsHtml).toContain('<h1>Two prices, one wait</h1>');
    const teacher = (await body(await readAssignment(request('/x', { cookie: s.teacher }), ctx(a)))).assignment;
    expect(teacher.checks).toHaveLength(4);
    expect((await readAssignment(request('/x', { cookie: s.rival }), ctx(a))).status).toBe(404);
    expect((await updateAssignment(request('/x', { method: 'PUT', body: { title: 'hacked' }, cookie: s.alice }), ctx(a))).status).toBe(403);
  });

  it('grades submissions: sequential fails the time check, createTask passes; hidden checks stay hidden', async () => {
    const a = { id: s.assignmentId };
    const slow = await submitCode(request('/x', { method: 'POST', body: { code: SEED_ASSIGNMENT.starterCode }, cookie: s.alice }), ctx(a));
    expect(slow.status).toBe(201);
    const slowBody = await body(slow);
    expect(slowBody.grade.checks[0]).toMatchObject({ id: 'fast', passed: false, reason: "took 6.000 s, 3.000 s too slow: it must take at most 3.000 s (the timeline's last span ends at 6.000 s)" });
    expect(slowBody.grade.hidden).toEqual({ passed: 0, total: 1 });
    expect(JSON.stringify(slowBody.grade)).not.toContain('both-first');
    s.aliceSubmission = slowBody.submission.id;
    const fast = await body(await submitCode(request('/x', { method: 'POST', body: { code: createTaskExample().code }, cookie: s.bob }), ctx(a)));
    expect(fast.grade).toMatchObject({ score: 100, maxScore: 100, hidden: { passed: 1, total: 1 } });
    s.bobSubmission = fast.submission.id;
    expect((await submitCode(request('/x', { method: 'POST', body: { code: '1' }, cookie: s.teacher }), ctx(a))).status).toBe(403);
  }, 30_000);

  it('a student reads only their own submissions', async () => {
    const mine = await readSubmission(request('/x', { cookie: s.alice }), ctx({ id: s.aliceSubmission }));
    expect(mine.status).toBe(200);
    const detail = (await body(mine)).submission;
    expect(detail.result.virtualMs).toBe(6000);
    expect(JSON.stringify(detail.grade)).not.toContain('both-first');
    expect((await readSubmission(request('/x', { cookie: s.alice }), ctx({ id: s.bobSubmission }))).status).toBe(404);
    expect((await readSubmission(request('/x', { cookie: s.rival }), ctx({ id: s.bobSubmission }))).status).toBe(404);
    const teacherView = (await body(await readSubmission(request('/x', { cookie: s.teacher }), ctx({ id: s.aliceSubmission })))).submission;
    expect(teacherView.grade.checks.map((c: Json) => c.id)).toContain('both-first');
    const list = (await body(await listSubmissions(request('/x', { cookie: s.alice }), ctx({ id: s.assignmentId })))).submissions;
    expect(list.map((x: Json) => x.id)).toEqual([s.aliceSubmission]);
  });

  it('refuses a submission after removal from the class', async () => {
    const removed = await removeStudent(request('/x', { method: 'DELETE', cookie: s.teacher }), ctx({ id: s.classId, studentId: await userId(s.eve) }));
    expect(removed.status).toBe(204);
    const refused = await submitCode(request('/x', { method: 'POST', body: { code: '1' }, cookie: s.eve }), ctx({ id: s.assignmentId }));
    expect(refused.status).toBe(403);
    expect((await join(request('/api/classes/join', { method: 'POST', body: { code: s.joinCode }, cookie: s.eve }))).status).toBe(403);
    expect((await readAssignment(request('/x', { cookie: s.eve }), ctx({ id: s.assignmentId }))).status).toBe(404);
  });

  it('gives the teacher a dashboard, a CSV that matches it, and a regrade job with progress', async () => {
    const a = { id: s.assignmentId };
    expect((await dashboard(request('/x', { cookie: s.alice }), ctx(a))).status).toBe(403);
    expect((await exportCsv(request('/x', { cookie: s.rival }), ctx(a))).status).toBe(404);
    const data = await body(await dashboard(request('/x', { cookie: s.teacher }), ctx(a)));
    expect(data.rows.map((r: Json) => [r.username, r.bestScore, r.virtualMs])).toEqual([['alice', 10, 6000], ['bob', 100, 3000]]);
    expect(data.histogram.reduce((n: number, b: Json) => n + b.count, 0)).toBe(2);
    const csv = await (await exportCsv(request('/x', { cookie: s.teacher }), ctx(a))).text();
    expect(csv.split('\r\n').slice(1, 3).map((line) => line.split(',').slice(0, 4))).toEqual([['alice', '10', '100', '6000'], ['bob', '100', '100', '3000']]);
    // Loosen the time limit, then regrade: alice's 6 s now passes the time check.
    const checks = SEED_ASSIGNMENT.checks.map((c) => (c.id === 'fast' ? { ...c, ms: 6000 } : c));
    expect((await updateAssignment(request('/x', { method: 'PUT', body: { checks }, cookie: s.teacher }), ctx(a))).status).toBe(200);
    expect((await regrade(request('/x', { method: 'POST', cookie: s.alice }), ctx(a))).status).toBe(403);
    const started = await regrade(request('/x', { method: 'POST', cookie: s.teacher }), ctx(a));
    expect(started.status).toBe(202);
    let job: Json = (await body(started)).job;
    expect(job).toMatchObject({ state: 'queued', total: 2, checksVersion: 2 }); // stamped with the edited checks' version
    for (let i = 0; i < 200 && (job.state === 'queued' || job.state === 'running'); i++) {
      await new Promise((r) => setTimeout(r, 50));
      job = (await body(await regradeStatus(request('/x', { cookie: s.teacher }), ctx(a)))).job;
    }
    expect(job).toMatchObject({ state: 'done', total: 2, done: 2 });
    const after = await body(await dashboard(request('/x', { cookie: s.teacher }), ctx(a)));
    expect(after.rows[0]).toMatchObject({ username: 'alice', bestScore: 60 });
  }, 30_000);

  it('refuses code over the limit in bytes with 413, before grading or storing anything', async () => {
    // Fewer characters than MAX_CODE_BYTES but more bytes: zod's character count once let it through to a stored "limit" grade.
    const a = { id: s.assignmentId };
    const before = (await body(await listSubmissions(request('/x', { cookie: s.bob }), ctx(a)))).submissions.length;
    const wide = `// ${'é'.repeat(40_000)}`;
    const refused = await submitCode(request('/x', { method: 'POST', body: { code: wide }, cookie: s.bob }), ctx(a));
    expect(refused.status).toBe(413);
    expect((await body(await listSubmissions(request('/x', { cookie: s.bob }), ctx(a)))).submissions).toHaveLength(before);
  });

  it('answers 429 with Retry-After once a student has used up a minute of save budget on submissions', async () => {
    const a = { id: s.assignmentId };
    const submitOne = () => submitCode(request('/x', { method: 'POST', body: { code: 'console.log(1)' }, cookie: s.bob }), ctx(a));
    const statuses: number[] = [];
    // bob submitted once in the story already.
    for (let i = 1; i < SAVES_PER_MINUTE_PER_USER; i++) statuses.push((await submitOne()).status);
    expect(statuses.every((status) => status === 201)).toBe(true);
    const refused = await submitOne();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await body(refused)).error).toMatch(/^too many saves/);
  }, 60_000);
});

async function userId(cookie: string): Promise<string> {
  return (await body(await me(request('/api/auth/me', { cookie })))).user.id;
}
