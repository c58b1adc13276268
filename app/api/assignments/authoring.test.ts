// Assignment authoring through the route adapters, real sandbox pool, fresh SQLite: saving runs the
// checks against the reference and wrong variants; nobody but the class teacher ever reads the
// solution (every student-facing route is searched for it); extensions and the late policy hold
// against forged requests, other teachers, removed students and submissions after a refusal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTempAppDatabase } from '@/lib/db/test-support/app-database.ts';
import { sharedRunner } from '@/lib/runner/shared-pool.ts';
import { SEED_ASSIGNMENT } from '@/lib/classroom/seed-assignment.ts';
import { example } from '@/lib/examples/catalog.ts';

const createTaskExample = example('create-task');
const sequentialExample = example('sequential');
import { POST as signup } from '../auth/signup/route.ts';
import { POST as createClass } from '../classes/route.ts';
import { POST as join } from '../classes/join/route.ts';
import { GET as readClass } from '../classes/[id]/route.ts';
import { DELETE as removeStudent } from '../classes/[id]/students/[studentId]/route.ts';
import { POST as createAssignment } from '../classes/[id]/assignments/route.ts';
import { GET as readAssignment, PUT as updateAssignment } from './[id]/route.ts';
import { GET as readSolution } from './[id]/solution/route.ts';
import { GET as listExtensions } from './[id]/extensions/route.ts';
import { PUT as putExtension } from './[id]/extensions/[studentId]/route.ts';
import { GET as listSubmissions, POST as submitCode } from './[id]/submissions/route.ts';
import { GET as dashboard } from './[id]/dashboard/route.ts';
import { GET as exportCsv } from './[id]/export/route.ts';
import { GET as readSubmission } from '../submissions/[id]/route.ts';

const ORIGIN = 'http://localhost';
type Json = Record<string, any>;
const DAY = 86_400_000;
const SECRET_REF = 'SECRET_REFERENCE_MARKER';
const SECRET_VARIANT = 'SECRET_VARIANT_MARKER';
const SECRET_LABEL = 'secretly renamed version';

function request(path: string, init: { method?: string; body?: unknown; cookie?: string; ip?: string } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json', host: 'localhost', 'x-forwarded-for': init.ip ?? '10.1.0.1' };
  if (init.cookie) headers.cookie = init.cookie;
  if (init.method && init.method !== 'GET') headers.origin = ORIGIN;
  return new Request(`${ORIGIN}${path}`, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
}
const ctx = <P extends Record<string, string>>(params: P) => ({ params: Promise.resolve(params) });
const body = async (r: Response) => (await r.json()) as Json;

const s: Json = {};
async function account(username: string, role: 'teacher' | 'student', ip: string): Promise<void> {
  const response = await signup(request('/api/auth/signup', { method: 'POST', body: { username, password: 'a long enough password', role }, ip }));
  expect(response.status).toBe(201);
  s[username] = response.headers.get('set-cookie')!.split(';')[0]!;
  s[`${username}Id`] = (await body(response)).user.id;
}

const solution = {
  // createTask passes every seed check; the comment carries the marker searched for below.
  referenceCode: `// ${SECRET_REF}\n${createTaskExample.code}`,
  variants: [
    { label: 'sequential version', code: `// ${SECRET_VARIANT}\n${sequentialExample.code}` },
    { label: SECRET_LABEL, code: createTaskExample.code.replaceAll('task1', 'first') },
  ],
};

let cleanup: () => Promise<void>;
beforeAll(async () => {
  cleanup = useTempAppDatabase();
  let ip = 10;
  for (const [name, role] of [['teacher', 'teacher'], ['rival', 'teacher'], ['alice', 'student'], ['bob', 'student'], ['carol', 'student'], ['dave', 'student']] as const) {
    await account(name, role, `10.2.0.${ip++}`);
  }
  const created = await body(await createClass(request('/api/classes', { method: 'POST', body: { name: 'Async 201' }, cookie: s.teacher })));
  s.classId = created.classroom.id;
  for (const who of ['alice', 'bob', 'dave']) {
    expect((await join(request('/api/classes/join', { method: 'POST', body: { code: created.classroom.joinCode }, cookie: s[who] }))).status).toBe(200);
  }
  expect((await removeStudent(request('/x', { method: 'DELETE', cookie: s.teacher }), ctx({ id: s.classId, studentId: s.daveId }))).status).toBe(204);
}, 60_000);
afterAll(async () => {
  await sharedRunner().pool.close();
  await cleanup();
});

const create = async (extra: Json, cookie = s.teacher) =>
  createAssignment(request('/x', { method: 'POST', body: { ...SEED_ASSIGNMENT, dueAt: new Date(Date.now() + DAY).toISOString(), ...extra }, cookie }), ctx({ id: s.classId }));
const submit = (id: string, who: string, code = createTaskExample.code) => submitCode(request('/x', { method: 'POST', body: { code }, cookie: s[who] }), ctx({ id }));
const extend = (id: string, studentId: string, dueAt: string | null, cookie = s.teacher) =>
  putExtension(request('/x', { method: 'PUT', body: { dueAt }, cookie }), ctx({ id, studentId }));

describe('reference solution and wrong variants', () => {
  it('runs every check against them on save and warns about the variant no check catches', async () => {
    const response = await create({ solution });
    expect(response.status).toBe(201);
    const saved = await body(response);
    s.assignmentId = saved.assignment.id;
    expect(saved.authoring.reference).toMatchObject({ score: 100, maxScore: 100, failed: [] });
    expect(saved.authoring.variants.map((v: Json) => [v.label, v.caught])).toEqual([['sequential version', true], [SECRET_LABEL, false]]);
    expect(saved.authoring.warnings).toEqual([`Your checks do not catch the ${SECRET_LABEL}: it passes every check.`]);
    expect(saved.assignment).not.toHaveProperty('solution');
  }, 60_000);

  it('warns when the reference fails a check; updating the solution alone re-verifies it', async () => {
    const saved = await body(await updateAssignment(request('/x', { method: 'PUT', body: { solution: { ...solution, referenceCode: sequentialExample.code } }, cookie: s.teacher }), ctx({ id: s.assignmentId })));
    expect(saved.authoring.warnings[0]).toMatch(/^The reference solution fails check "fast"/);
    await updateAssignment(request('/x', { method: 'PUT', body: { solution }, cookie: s.teacher }), ctx({ id: s.assignmentId }));
    expect((await body(await readSolution(request('/x', { cookie: s.teacher }), ctx({ id: s.assignmentId })))).solution).toEqual(solution);
  }, 60_000);

  it('refuses a solution over the limits with 422', async () => {
    const tooMany = { referenceCode: '', variants: Array.from({ length: 6 }, () => solution.variants[0]) };
    expect((await create({ solution: tooMany })).status).toBe(422);
  });

  it('never shows the solution to a student, on any route the student can reach', async () => {
    const a = ctx({ id: s.assignmentId });
    const submitted = await submit(s.assignmentId, 'alice', sequentialExample.code);
    expect(submitted.status).toBe(201);
    const submission = await body(submitted);
    const seen = [
      submission,
      await body(await readAssignment(request('/x', { cookie: s.alice }), a)),
      await body(await listSubmissions(request('/x', { cookie: s.alice }), a)),
      await body(await readSubmission(request('/x', { cookie: s.alice }), ctx({ id: submission.submission.id }))),
      await body(await readClass(request('/x', { cookie: s.alice }), ctx({ id: s.classId }))),
    ];
    const text = JSON.stringify(seen);
    for (const secret of [SECRET_REF, SECRET_VARIANT, SECRET_LABEL, 'sequential version']) expect(text).not.toContain(secret);
    // The teacher-only routes refuse an enrolled student with 403 and tell the rest nothing.
    for (const route of [readSolution, listExtensions, dashboard, exportCsv]) {
      const refused = await route(request('/x', { cookie: s.alice }), a);
      expect(refused.status).toBe(403);
      expect(await refused.text()).not.toContain(SECRET_REF);
      for (const stranger of ['carol', 'dave', 'rival']) expect((await route(request('/x', { cookie: s[stranger] }), a)).status).toBe(404);
    }
    expect((await readSolution(request('/x'), a)).status).toBe(401);
  }, 60_000);

  it('a student cannot overwrite the solution or checks through the update route', async () => {
    const forged = await updateAssignment(request('/x', { method: 'PUT', body: { solution: { referenceCode: 'x', variants: [] }, checks: [] }, cookie: s.alice }), ctx({ id: s.assignmentId }));
    expect(forged.status).toBe(403);
    expect((await body(await readSolution(request('/x', { cookie: s.teacher }), ctx({ id: s.assignmentId })))).solution).toEqual(solution);
  });

  it('says how many grades changed checks left out of date', async () => {
    const checks = SEED_ASSIGNMENT.checks.map((c) => (c.id === 'fast' ? { ...c, ms: 6000 } : c));
    const same = await body(await updateAssignment(request('/x', { method: 'PUT', body: { checks: SEED_ASSIGNMENT.checks }, cookie: s.teacher }), ctx({ id: s.assignmentId })));
    expect(same.staleGrades).toBe(0);
    const changed = await body(await updateAssignment(request('/x', { method: 'PUT', body: { checks }, cookie: s.teacher }), ctx({ id: s.assignmentId })));
    expect(changed.staleGrades).toBe(1);
    // The verdicts follow the new checks: the 6 s sequential variant now passes "fast", and is caught by the others only.
    expect(changed.authoring.variants[0].failed.map((f: Json) => f.id)).toEqual(['overlap', 'both-first']);
  }, 60_000);
});

describe('deadlines, extensions and the late policy', () => {
  it('refuses submissions after the deadline under "refuse", before running anything; an extension lets one student in', async () => {
    const created = await body(await create({ dueAt: new Date(Date.now() - DAY).toISOString(), latePolicy: { kind: 'refuse' } }));
    const id = created.assignment.id;
    const refused = await submit(id, 'bob');
    expect(refused.status).toBe(403);
    expect((await body(refused)).error).toMatch(/deadline .* has passed/);
    const later = new Date(Date.now() + 2 * DAY).toISOString();
    const given = await body(await extend(id, s.aliceId, later));
    expect(given.extension).toMatchObject({ studentId: s.aliceId, effectiveDueAt: later });
    const accepted = await submit(id, 'alice');
    expect(accepted.status).toBe(201);
    expect((await body(accepted)).submission).toMatchObject({ late: false, penaltyPercent: 0, effectiveDueAt: later });
    expect((await body(await listSubmissions(request('/x', { cookie: s.teacher }), ctx({ id })))).submissions).toHaveLength(1);
    const csv = await (await exportCsv(request('/x', { cookie: s.teacher }), ctx({ id }))).text();
    const [header, ...lines] = csv.trim().split('\r\n');
    expect(header!.split(',')).toEqual(expect.arrayContaining(['late', 'effective_deadline']));
    const at = header!.split(',').indexOf('effective_deadline');
    expect(Object.fromEntries(lines.map((l) => [l.split(',')[0], l.split(',')[at]]))).toEqual({ alice: later, bob: created.assignment.dueAt });
    // Clearing the extension closes the door again.
    await extend(id, s.aliceId, null);
    expect((await submit(id, 'alice')).status).toBe(403);
  }, 60_000);

  it('takes the penalty per started day off a late score and records it', async () => {
    const created = await body(await create({ dueAt: new Date(Date.now() - DAY - 60_000).toISOString(), latePolicy: { kind: 'penalty', penaltyPercent: 15 } }));
    const graded = await body(await submit(created.assignment.id, 'bob'));
    expect(graded.submission).toMatchObject({ late: true, penaltyPercent: 30, score: 70, maxScore: 100 });
    expect(graded.grade.score).toBe(70);
  }, 60_000);

  it('refuses forged extensions: a student for themself, another teacher, a removed or foreign student', async () => {
    const id = s.assignmentId;
    const later = new Date(Date.now() + 9 * DAY).toISOString();
    expect((await extend(id, s.aliceId, later, s.alice)).status).toBe(403);
    expect((await extend(id, s.bobId, later, s.alice)).status).toBe(403);
    expect((await extend(id, s.aliceId, later, s.rival)).status).toBe(404);
    expect((await extend(id, s.aliceId, later, s.carol)).status).toBe(404);
    expect((await extend(id, s.daveId, later)).status).toBe(404);
    expect((await extend(id, s.carolId, later)).status).toBe(404);
    expect((await extend(id, 'not-an-id!', later)).status).toBe(404);
    expect((await putExtension(request('/x', { method: 'PUT', body: { dueAt: 'tomorrow' }, cookie: s.teacher }), ctx({ id, studentId: s.aliceId }))).status).toBe(422);
    expect((await body(await listExtensions(request('/x', { cookie: s.teacher }), ctx({ id })))).extensions).toEqual([]);
  });

  it('lists extensions, late policy and submission counts for the teacher only', async () => {
    const id = s.assignmentId;
    const later = new Date(Date.now() + 3 * DAY).toISOString();
    await extend(id, s.bobId, later);
    expect((await body(await listExtensions(request('/x', { cookie: s.teacher }), ctx({ id })))).extensions).toEqual([{ studentId: s.bobId, username: 'bob', dueAt: later }]);
    const cls = await body(await readClass(request('/x', { cookie: s.teacher }), ctx({ id: s.classId })));
    expect(cls.extensions).toEqual([{ assignmentId: id, studentId: s.bobId, dueAt: later }]);
    expect(cls.assignments.find((a: Json) => a.id === id)).toMatchObject({ submissions: 1, students: 1, latePolicy: { kind: 'accept' } });
    const asStudent = await body(await readClass(request('/x', { cookie: s.bob }), ctx({ id: s.classId })));
    expect(asStudent).not.toHaveProperty('extensions');
  });
});
