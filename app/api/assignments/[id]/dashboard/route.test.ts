// The dashboard and its CSV through the route adapters, with the real sandbox pool and a fresh
// SQLite file: three students submit concurrent, sequential and deadlocking programs; the teacher
// sees the grid, pass rates and behaviour groups, and a streamed CSV that matches. Authorization
// both ways: students (enrolled or not) and another class's teacher get neither, and a student's
// own answers never carry another student's cells or a hidden check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTempAppDatabase } from '@/lib/db/test-support/app-database.ts';
import { sharedRunner } from '@/lib/runner/shared-pool.ts';
import { SEED_ASSIGNMENT } from '@/lib/classroom/seed-assignment.ts';
import { body, ctx, requestsFrom, signedUp, type Json } from '../../../test-support/route-calls.ts';
import { POST as createClass } from '../../../classes/route.ts';
import { POST as join } from '../../../classes/join/route.ts';
import { POST as createAssignment } from '../../../classes/[id]/assignments/route.ts';
import { GET as listSubmissions, POST as submitCode } from '../submissions/route.ts';
import { GET as exportCsv } from '../export/route.ts';
import { GET as readSubmission } from '../../../submissions/[id]/route.ts';
import { GET as dashboard } from './route.ts';
import { example } from '@/lib/examples/catalog.ts';

const createTaskExample = example('create-task');
const deadlockExample = example('deadlock');

const request = requestsFrom('10.0.0.7');
const account = (username: string, role: 'teacher' | 'student') => signedUp(request, username, role);

let cleanup: () => Promise<void>;
const s: Json = {};
beforeAll(async () => {
  cleanup = useTempAppDatabase();
  for (const [name, role] of [['teacher', 'teacher'], ['rival', 'teacher'], ['cora', 'student'], ['seth', 'student'], ['dora', 'student'], ['outsider', 'student']] as const) {
    s[name] = await account(name, role);
  }
  const cls = (await body(await createClass(request({ method: 'POST', body: { name: 'Async' }, cookie: s.teacher })))).classroom;
  for (const who of ['cora', 'seth', 'dora']) expect((await join(request({ method: 'POST', body: { code: cls.joinCode }, cookie: s[who] }))).status).toBe(200);
  const assignment = { ...SEED_ASSIGNMENT, dueAt: new Date(Date.now() + 86_400_000).toISOString() };
  s.assignmentId = (await body(await createAssignment(request({ method: 'POST', body: assignment, cookie: s.teacher }), ctx(cls.id)))).assignment.id;
  for (const [who, code] of [['cora', createTaskExample.code], ['seth', SEED_ASSIGNMENT.starterCode], ['dora', deadlockExample.code]] as const) {
    const response = await submitCode(request({ method: 'POST', body: { code }, cookie: s[who] }), ctx(s.assignmentId));
    expect(response.status).toBe(201);
    s[`${who}Answer`] = await body(response);
  }
}, 90_000);
afterAll(async () => {
  await sharedRunner().pool.close();
  await cleanup();
});

describe('the teacher dashboard', () => {
  it('shows the grid, pass rates, histograms and behaviour groups', async () => {
    const response = await dashboard(request({ cookie: s.teacher }), ctx(s.assignmentId));
    expect(response.status).toBe(200);
    const data = await body(response);
    expect(data.checks.map((c: Json) => c.id)).toEqual(['fast', 'overlap', 'clean', 'both-first']);
    const grid = Object.fromEntries(data.rows.map((r: Json) => [r.username, r.cells.map((c: Json) => c.passed)]));
    // The deadlock's three tasks wait at once forever: that is not counted as concurrency (only a run that finishes is).
    expect(grid).toEqual({ cora: [true, true, true, true], dora: [false, false, false, false], seth: [false, false, true, false] });
    expect(data.rows.find((r: Json) => r.username === 'dora')).toMatchObject({ status: 'deadlock', virtualMs: 1000 });
    expect(data.passRates.map((r: Json) => `${r.id}: ${r.passed} of ${r.total}`)).toEqual(['fast: 1 of 3', 'overlap: 1 of 3', 'clean: 2 of 3', 'both-first: 1 of 3']);
    // The deadlock stopped at 1 s: it is not drawn as a 1 s run next to the 3 s budget.
    expect(data.targetMs).toBe(3000);
    expect(data.unfinished).toBe(1);
    expect(data.timeBins.reduce((n: number, b: Json) => n + b.count, 0)).toBe(2);
    expect(data.scoreBins.at(-1).toMs).toBe(100);
    expect(data.groups.map((g: Json) => [g.behaviour, g.students.map((x: Json) => x.username)])).toEqual([
      ['concurrent', ['cora']], ['sequential', ['seth']], ['deadlocked', ['dora']],
    ]);
    // The representative timeline is the teacher's to open.
    const rep = await body(await readSubmission(request({ cookie: s.teacher }), ctx(data.groups[2].representativeId)));
    expect(rep.submission.result.status).toBe('deadlock');
  });

  it('streams a CSV with per-check columns and status that matches the grid', async () => {
    const response = await exportCsv(request({ cookie: s.teacher }), ctx(s.assignmentId));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const chunks: string[] = [];
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
    expect(chunks.length).toBeGreaterThan(1); // the header, then a page of students
    const [header, ...lines] = chunks.join('').trim().split('\r\n');
    expect(header).toBe('username,best_score,max_score,virtual_ms,late,submissions,latest_submission,status,effective_deadline,fast_points,fast_passed,overlap_points,overlap_passed,clean_points,clean_passed,both-first_points,both-first_passed');
    expect(lines.map((l) => l.split(',')).map((c) => [c[0], c[1], c[3], c[7], c[9], c[10]])).toEqual([
      ['cora', '100', '3000', 'ok', '50', 'true'], ['dora', '0', '1000', 'deadlock', '0', 'false'], ['seth', '10', '6000', 'ok', '0', 'false'],
    ]);
    // No extensions here: every student's effective deadline is the assignment's due date.
    expect(new Set(lines.map((l) => l.split(',')[8]))).toEqual(new Set([new Date(Date.parse(lines[0]!.split(',')[8]!)).toISOString()]));
  });
});

describe('authorization, both ways', () => {
  it.each([
    ['an enrolled student', 'cora', 403],
    ['a student of another class', 'outsider', 404],
    ['the teacher of another class', 'rival', 404],
  ])('%s gets neither the grid, the groups nor the CSV', async (_who, cookie, status) => {
    for (const route of [dashboard, exportCsv]) {
      const response = await route(request({ cookie: s[cookie] }), ctx(s.assignmentId));
      expect(response.status).toBe(status);
      expect(await response.text()).not.toMatch(/seth|dora|cells|groups/);
    }
  });

  it('signed out: 401', async () => {
    expect((await dashboard(request(), ctx(s.assignmentId))).status).toBe(401);
    expect((await exportCsv(request(), ctx(s.assignmentId))).status).toBe(401);
  });

  it("a student's own answers carry their own grade only, hidden checks as a count and failed kinds", async () => {
    const answer = s.sethAnswer;
    expect(answer.grade.hidden).toEqual({ passed: 0, total: 1 });
    expect(answer.grade.hiddenFailedKinds).toEqual(['output']);
    expect(JSON.stringify(answer)).not.toMatch(/both-first|cora|dora/);
    const list = (await body(await listSubmissions(request({ cookie: s.seth }), ctx(s.assignmentId)))).submissions;
    expect(list.map((x: Json) => x.studentId)).toEqual([list[0].studentId]);
    expect(list).toHaveLength(1);
    expect((await readSubmission(request({ cookie: s.seth }), ctx(s.coraAnswer.submission.id))).status).toBe(404);
  });
});
