// The classroom story in browsers: a teacher signs up, creates a class and an assignment with a
// visible time check (≤ 3000 ms) and a hidden output check; two students join in their own
// contexts and submit the sequential (6 s) and createTask (3 s) programs; the dashboard shows both
// scores and the CSV matches it; a student cannot open the other's submission.
import { expect, test, type Page } from '@playwright/test';
import { CREATE_TASK_CODE, SEQUENTIAL_CODE } from './snippet-helpers.ts';
import { joinClass, shootThemes, signUp, submitCode } from './classroom-helpers.ts';

const suffix = Date.now().toString(36);
const TEACHER = `teach-${suffix}`;
const SLOW = `slow-${suffix}`;
const FAST = `fast-${suffix}`;
const HIDDEN_LINES = ['Get stock price of GOOG\\.\\.\\.', 'Get stock price of APPL\\.\\.\\.', '\\d+', '\\d+', 'It took 3 second\\(s\\) to complete\\.'];

async function createAssignment(page: Page): Promise<string> {
  await page.getByTestId('new-assignment').click();
  await expect(page.locator('[data-editor-ready]')).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('assignment-title').fill('Make the two calls concurrent');
  await page.getByTestId('assignment-instructions').fill('# Two prices\n\nFinish in **at most 3 s** of virtual time.');
  await expect(page.getByTestId('instructions-preview').locator('strong')).toHaveText('at most 3 s');
  await page.getByTestId('add-check-kind').selectOption('time');
  await page.getByTestId('add-check').click();
  const time = page.getByTestId('check-editor').nth(0);
  await time.getByTestId('check-ms').fill('3000');
  await time.getByTestId('check-points').fill('60');
  await page.getByTestId('add-check-kind').selectOption('output');
  await page.getByTestId('add-check').click();
  const output = page.getByTestId('check-editor').nth(1);
  await output.getByTestId('check-match').selectOption('regex');
  await output.getByTestId('check-lines').fill(HIDDEN_LINES.join('\n'));
  await output.getByTestId('check-points').fill('40');
  await output.getByTestId('check-visible').uncheck();
  await page.getByTestId('assignment-save').click();
  // The editor lives at /classes/<id>/assignments/new, which a looser pattern would match too.
  await page.waitForURL((url) => /^\/assignments\/\w+$/.test(url.pathname));
  return new URL(page.url()).pathname;
}

async function dashboardCells(page: Page, username: string) {
  const row = page.locator(`[data-testid="dashboard-row"][data-username="${username}"]`);
  return { score: await row.getByTestId('row-score').textContent(), virtual: await row.getByTestId('row-virtual').textContent(), row };
}

test('teacher, two students, grading on virtual time, dashboard and CSV', async ({ page, browser, baseURL }) => {
  test.setTimeout(300_000);
  await signUp(page, TEACHER, 'teacher');
  await page.getByTestId('create-class-input').fill('Async 101');
  await page.getByTestId('create-class-submit').click();
  await expect(page.getByTestId('class-name')).toHaveText('Async 101');
  const code = (await page.getByTestId('join-code').textContent())!.trim();
  const assignmentPath = await createAssignment(page);

  const students = await Promise.all([SLOW, FAST].map(async (name) => {
    const context = await browser.newContext({ baseURL });
    const student = await context.newPage();
    await signUp(student, name, 'student');
    await joinClass(student, code);
    await expect(student.getByTestId('assignment-item')).toHaveCount(1);
    return student;
  }));
  const [slow, fast] = students as [Page, Page];

  await submitCode(slow, assignmentPath, SEQUENTIAL_CODE);
  await expect(slow.getByTestId('grade-score')).toHaveText('0 / 100');
  await expect(slow.getByTestId('grade-check')).toHaveCount(1); // the hidden one is only counted
  await expect(slow.getByTestId('grade-reason')).toHaveText("took 6.000 s, 3.000 s too slow: it must take at most 3.000 s (the timeline's last span ends at 6.000 s)");
  await expect(slow.getByTestId('grade-hidden')).toHaveText('Hidden checks: 0 of 1 passed');
  await expect(slow.getByTestId('virtual-time')).toHaveText('6.000 s');
  await expect(slow.locator('body')).not.toContainText('APPL\\.');

  await submitCode(fast, assignmentPath, CREATE_TASK_CODE);
  await expect(fast.getByTestId('grade-score')).toHaveText('100 / 100');
  await expect(fast.getByTestId('grade-hidden')).toHaveText('Hidden checks: 1 of 1 passed');
  await expect(fast.getByTestId('submission-item')).toHaveCount(1);
  // Run is the playground's: it draws the timeline without submitting anything.
  await fast.getByTestId('run-button').click();
  await expect(fast.getByTestId('run-tab')).toHaveAttribute('aria-selected', 'true');
  await expect(fast.getByTestId('timeline-lane').first()).toBeVisible();
  await expect(fast.getByTestId('virtual-time')).toHaveText('3.000 s');

  await page.goto(assignmentPath);
  const slowRow = await dashboardCells(page, SLOW);
  const fastRow = await dashboardCells(page, FAST);
  expect([slowRow.score, slowRow.virtual]).toEqual(['0 / 100', '6.000 s']);
  expect([fastRow.score, fastRow.virtual]).toEqual(['100 / 100', '3.000 s']);
  await expect(page.getByTestId('histogram')).toBeVisible();

  const csvHref = (await page.getByTestId('csv-download').getAttribute('href'))!;
  const csv = await (await page.request.get(csvHref)).text();
  const byName = new Map(csv.trim().split('\r\n').slice(1).map((line) => line.split(',')).map((cells) => [cells[0], cells]));
  for (const [name, cells] of [[SLOW, slowRow], [FAST, fastRow]] as const) {
    const [, best, max, virtualMs] = byName.get(name)!;
    expect(`${best} / ${max}`).toBe(cells.score);
    expect(`${(Number(virtualMs) / 1000).toFixed(3)} s`).toBe(cells.virtual);
  }

  // The fast student's submission is the teacher's to open, never the slow student's.
  const fastSubmission = (await fastRow.row.getByTestId('row-open').getAttribute('href'))!;
  await page.goto(fastSubmission);
  await expect(page.getByTestId('submission-student')).toHaveText(FAST);
  await expect(page.getByTestId('grade-check')).toHaveCount(2);
  const refused = await slow.goto(fastSubmission);
  expect(refused?.status()).toBe(404);
  await expect(slow.getByTestId('classroom-not-found')).toBeVisible();
  expect((await slow.request.get(`/api${fastSubmission}`)).status()).toBe(404);
  await slow.goto(`${assignmentPath}/edit`);
  await expect(slow.getByTestId('access-refused')).toBeVisible();

  await shootThemes(fast, 'student', async (p) => {
    await expect(p.locator('[data-editor-ready]')).toBeVisible({ timeout: 60_000 });
    await expect(p.getByTestId('grade-report')).toBeVisible();
  });
  await page.goto(assignmentPath);
  await shootThemes(page, 'dashboard', async (p) => { await expect(p.getByTestId('dashboard-table')).toBeVisible(); }, true);
  for (const student of students) await student.context().close();
});
