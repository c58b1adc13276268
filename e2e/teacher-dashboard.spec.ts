// The teacher dashboard in browsers: three students submit a concurrent, a sequential and a
// deadlocking program; the teacher reads the student × check grid (reasons on focus), sorts it,
// reads the pass rates and the time budget line, opens a behaviour group (its students and a
// representative timeline) and cannot be impersonated by a student. The deadlocked student's own
// list says "deadlock", not "1.000 s", and which kind of hidden check failed. Screenshots at
// 1366 px and 390 px land in /tmp/shots (TASKLINE_SHOTS_DIR).
import { expect, test, type Page } from '@playwright/test';
import { CREATE_TASK_CODE, SEQUENTIAL_CODE } from './snippet-helpers.ts';
import { joinClass, signUp, submitCode } from './classroom-helpers.ts';
import { example } from '../lib/examples/catalog.ts';

const deadlockExample = example('deadlock');

const suffix = Date.now().toString(36);
const SHOTS = process.env.TASKLINE_SHOTS_DIR ?? '/tmp/shots';
const CHECKS = [
  { id: 'fast', kind: 'time', op: 'atMost', ms: 3000, points: 50, visible: true },
  { id: 'overlap', kind: 'concurrency', minWaiting: 3, points: 30, visible: true },
  { id: 'must-finish', kind: 'status', status: 'ok', points: 20, visible: false },
];

async function createAssignment(page: Page, baseURL: string): Promise<string> {
  const classId = new URL(page.url()).pathname.split('/').at(-1)!;
  const response = await page.request.post(`/api/classes/${classId}/assignments`, {
    headers: { origin: baseURL },
    data: { title: 'Overlap the two calls', instructions: 'Both prices in **at most 3 s**.', starterCode: SEQUENTIAL_CODE, dueAt: new Date(Date.now() + 86_400_000).toISOString(), checks: CHECKS },
  });
  expect(response.status()).toBe(201);
  return `/assignments/${(await response.json()).assignment.id}`;
}

const row = (page: Page, username: string) => page.locator(`[data-testid="dashboard-row"][data-username="${username}"]`);

test('grid, pass rates, behaviour groups with a representative timeline, at 1366 px and 390 px', async ({ page, browser, baseURL }) => {
  test.setTimeout(360_000);
  const [cora, seth, dora] = ['cora', 'seth', 'dora'].map((n) => `${n}-${suffix}`) as [string, string, string];
  await signUp(page, `dteach-${suffix}`, 'teacher');
  await page.getByTestId('create-class-input').fill('Async 201');
  await page.getByTestId('create-class-submit').click();
  // Read the code and the class id only once the new class's page is shown (a slow machine lags).
  await page.waitForURL(/\/classes\/\w+$/);
  await expect(page.getByTestId('class-name')).toHaveText('Async 201');
  const code = (await page.getByTestId('join-code').textContent())!.trim();
  const assignmentPath = await createAssignment(page, baseURL!);

  const students: Page[] = [];
  for (const [name, program] of [[cora, CREATE_TASK_CODE], [seth, SEQUENTIAL_CODE], [dora, deadlockExample.code]] as const) {
    const student = await (await browser.newContext({ baseURL })).newPage();
    await signUp(student, name, 'student');
    await joinClass(student, code);
    await submitCode(student, assignmentPath, program);
    students.push(student);
  }
  // The deadlocked student's list: how the run ended, and which kind of hidden check failed.
  const deadList = students[2]!;
  await expect(deadList.getByTestId('submission-status')).toHaveAttribute('data-status', 'deadlock');
  await expect(deadList.getByTestId('submission-status')).toHaveText('deadlock stopped at 1.000 s');
  await expect(deadList.getByTestId('submission-hidden')).toHaveText('hidden: 0 of 1 passed — a status check failed');
  await expect(deadList.locator('body')).not.toContainText('must-finish');
  // Students get neither the dashboard nor the CSV.
  for (const api of ['dashboard', 'export']) expect((await deadList.request.get(`/api${assignmentPath}/${api}`)).status()).toBe(403);

  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(assignmentPath);
  await expect(page.getByTestId('dashboard-row')).toHaveCount(3);
  const states = async (username: string) => row(page, username).getByTestId('grid-cell').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-state')));
  expect(await states(cora)).toEqual(['pass', 'pass', 'pass']);
  expect(await states(seth)).toEqual(['fail', 'fail', 'pass']);
  await expect(row(page, dora).getByTestId('row-virtual')).toHaveText('stopped at 1.000 s');

  // Keyboard: focus one cell, arrows move, the reason is read out.
  await row(page, seth).getByTestId('grid-cell').first().focus();
  await expect(page.getByTestId('grid-detail')).toContainText(`${seth}, fast (time): failed, 0 of 50 points — took 6.000 s, 3.000 s too slow`);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('grid-detail')).toContainText(`${seth}, overlap (concurrency): failed`);
  await row(page, cora).getByTestId('grid-cell').first().hover();
  await expect(page.getByTestId('grid-detail')).toContainText(`${cora}, fast (time): passed`);

  await page.getByTestId('grid-sort').selectOption('score');
  // Lowest first: deadlock 0 (tasks stuck forever are not concurrency), sequential 20 (only "must-finish"), concurrent 100.
  await expect(page.getByTestId('row-username')).toHaveText([dora, seth, cora]);
  await page.getByTestId('grid-sort').selectOption('student');
  await expect(page.getByTestId('row-username')).toHaveText([cora, dora, seth]);

  const rate = (id: string) => page.locator(`[data-testid="pass-rate"][data-check="${id}"]`).getByTestId('pass-rate-text');
  await expect(rate('fast')).toHaveText('1 of 3 pass');
  await expect(rate('must-finish')).toHaveText('2 of 3 pass');
  await expect(page.getByTestId('histogram-target')).toBeVisible();
  await expect(page.getByTestId('histogram-unfinished')).toContainText('1 best submission that did not finish');

  const groups = page.getByTestId('behaviour-group');
  await expect(groups).toHaveCount(3);
  expect(await groups.evaluateAll((g) => g.map((b) => `${b.getAttribute('data-behaviour')}=${b.querySelector('[data-testid="group-count"]')!.textContent}`)))
    .toEqual(['concurrent=1', 'sequential=1', 'deadlocked=1']);
  await page.locator('[data-behaviour="deadlocked"]').click();
  await expect(page.getByTestId('group-student-link')).toHaveText([dora]);
  await expect(page.getByTestId('group-student')).toHaveText(`${dora} · stopped at 1.000 s`);
  await expect(page.getByTestId('group-timeline').getByTestId('timeline-lane').first()).toBeVisible();
  await page.locator('[data-behaviour="sequential"]').click();
  await expect(page.getByTestId('group-student')).toHaveText(`${seth} · 6.000 s`);
  await expect(page.getByTestId('group-timeline').getByTestId('timeline-lane').first()).toBeVisible();

  await page.screenshot({ path: `${SHOTS}/teacher-dashboard-1366.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByTestId('dashboard-table')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/teacher-dashboard-390.png`, fullPage: true });
  for (const student of students) await student.context().close();
});

test('at 390 px a 24-character username never makes the page scroll sideways; the dashboard links the student preview', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const longName = `${'narrowteacher'.padEnd(23 - suffix.length, 'x')}-${suffix}`;
  expect(longName).toHaveLength(24);
  await page.setViewportSize({ width: 390, height: 844 });
  const fitsWidth = async () => {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const toggle = await page.getByTestId('theme-toggle').boundingBox();
    expect(toggle!.x + toggle!.width).toBeLessThanOrEqual(390);
  };
  await signUp(page, longName, 'teacher');
  await expect(page.getByTestId('signed-in-as')).toHaveAttribute('title', `${longName} (teacher)`);
  await fitsWidth();
  await page.getByTestId('create-class-input').fill('Async narrow');
  await page.getByTestId('create-class-submit').click();
  await page.waitForURL(/\/classes\/\w+$/);
  await expect(page.getByTestId('class-name')).toHaveText('Async narrow');
  const assignmentPath = await createAssignment(page, baseURL!);
  await page.reload();
  await expect(page.getByTestId('assignment-item')).toHaveCount(1);
  await fitsWidth();
  await page.screenshot({ path: `${SHOTS}/classroom-class-390.png` });

  await page.goto(assignmentPath);
  await expect(page.getByTestId('teacher-dashboard')).toBeVisible();
  await fitsWidth();
  await page.screenshot({ path: `${SHOTS}/teacher-dashboard-narrow-390.png` });
  await page.getByTestId('dashboard-preview').click();
  await page.waitForURL((url) => url.pathname === `${assignmentPath}/preview`);
  await expect(page.getByTestId('preview-banner')).toBeVisible();
  await expect(page.getByTestId('assignment-heading')).toHaveText('Overlap the two calls');
});
