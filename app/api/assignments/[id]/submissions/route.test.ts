// GET /api/assignments/<id>/submissions for a student: the same hidden-check summary line the page
// and the submit response carry ("hidden: 1 of 2 passed — a test-harness check failed") and the
// late-penalty line, with no hidden check's id, reason or expectation in the JSON.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { useTempAppDatabase } from '@/lib/db/test-support/app-database.ts';
import { sharedRunner } from '@/lib/runner/shared-pool.ts';
import { body, ctx, requestsFrom, signedUp, type Json } from '../../../test-support/route-calls.ts';
import { POST as createClass } from '../../../classes/route.ts';
import { POST as join } from '../../../classes/join/route.ts';
import { POST as createAssignment } from '../../../classes/[id]/assignments/route.ts';
import { GET as readSubmission } from '../../../submissions/[id]/route.ts';
import { GET as listSubmissions, POST as submitCode } from './route.ts';

const request = requestsFrom('10.0.0.8');
const account = (username: string, role: 'teacher' | 'student') => signedUp(request, username, role);

const SECRET_EXPECTATION = 'SECRET-EXPECTATION-4242';
const CHECKS = [
  { id: 'quick', kind: 'time', op: 'atMost', ms: 1000, points: 50, visible: true },
  { id: 'secret-sum', kind: 'harness', points: 30, visible: false, code: `expect(await add(1, 2)).toBe(3); // ${SECRET_EXPECTATION}` },
  { id: 'secret-finishes', kind: 'status', status: 'ok', points: 20, visible: false },
];
// Wrong on purpose: the hidden harness check fails, the hidden status check passes.
const STUDENT_CODE = 'async function add(a: number, b: number) { await sleep(100); return a - b; }\nconsole.log("ready");';

let cleanup: () => Promise<void>;
const s: Json = {};
beforeAll(async () => {
  cleanup = useTempAppDatabase();
  s.teacher = await account('teacher', 'teacher');
  s.ann = await account('ann', 'student');
  const cls = (await body(await createClass(request({ method: 'POST', body: { name: 'Async' }, cookie: s.teacher })))).classroom;
  expect((await join(request({ method: 'POST', body: { code: cls.joinCode }, cookie: s.ann }))).status).toBe(200);
  // Due an hour ago, 30 % off per started day late: the submission is late by 1 day.
  const created = await createAssignment(request({ method: 'POST', cookie: s.teacher, body: {
    title: 'Add', instructions: 'Write add.', starterCode: STUDENT_CODE, dueAt: new Date(Date.now() - 3_600_000).toISOString(),
    checks: CHECKS, latePolicy: { kind: 'penalty', penaltyPercent: 30 },
  } }), ctx(cls.id));
  expect(created.status).toBe(201);
  s.assignmentId = (await body(created)).assignment.id;
  const submitted = await submitCode(request({ method: 'POST', body: { code: STUDENT_CODE }, cookie: s.ann }), ctx(s.assignmentId));
  expect(submitted.status).toBe(201);
  s.answer = await body(submitted);
}, 90_000);
afterAll(async () => {
  await sharedRunner().pool.close();
  await cleanup();
});

it("gives a student the page's hidden-check line and late-penalty line, and nothing of the hidden checks", async () => {
  const response = await listSubmissions(request({ cookie: s.ann }), ctx(s.assignmentId));
  expect(response.status).toBe(200);
  const text = await response.text();
  const [item, ...rest] = (JSON.parse(text) as Json).submissions;
  expect(rest).toEqual([]);
  expect(item).toMatchObject({
    id: s.answer.submission.id, score: 49, maxScore: 100, late: true,
    hidden: { passed: 1, total: 2, failedKinds: ['harness'] },
    hiddenSummary: 'hidden: 1 of 2 passed — a test-harness check failed',
    latePenalty: 'late by 1 day: −30 % (score 70 → 49)',
  });
  // The submit response explains the same penalty.
  expect(s.answer.submission.latePenalty).toBe('late by 1 day: −30 % (score 70 → 49)');

  // What the teacher sees of the hidden checks must not be in the student's JSON.
  const teacherView = (await body(await readSubmission(request({ cookie: s.teacher }), ctx(item.id)))).submission;
  const hiddenResults = (teacherView.grade.checks as Json[]).filter((c) => !c.visible);
  expect(hiddenResults.map((c) => c.id).sort()).toEqual(['secret-finishes', 'secret-sum']);
  for (const c of hiddenResults) {
    expect(text).not.toContain(c.id);
    expect(c.reason.length).toBeGreaterThan(0);
    expect(text).not.toContain(c.reason);
  }
  expect(text).not.toContain(SECRET_EXPECTATION);
  expect(text).not.toContain('toBe(3)');
  expect(text).not.toContain('gradeJson');
});

it('still gives the class teacher every submission', async () => {
  const response = await listSubmissions(request({ cookie: s.teacher }), ctx(s.assignmentId));
  expect(response.status).toBe(200);
  expect((await body(response)).submissions.map((x: Json) => x.id)).toEqual([s.answer.submission.id]);
});
