// Authoring in browsers: a teacher writes an assignment with a reference solution and two wrong
// variants and sees the warning for the one the checks miss; previews it as a student (Markdown,
// visible checks, no solution, no Submit); a student joins through the join link; the teacher gives
// that student an extension from the roster, and the student sees their own deadline. A student
// opening the editor or the preview is refused. Screenshots of editor and preview at 1366 and 390 px.
import { expect, test, type Page } from '@playwright/test';
import { CREATE_TASK_CODE, SEQUENTIAL_CODE } from './snippet-helpers.ts';
import { signUp } from './classroom-helpers.ts';

const suffix = Date.now().toString(36);
const TEACHER = `author-${suffix}`;
const STUDENT = `learner-${suffix}`;
const SECRET = `REFERENCE_MARKER_${suffix}`;
const SHOTS = process.env.TASKLINE_SHOTS_DIR ?? '/tmp/shots';
const RENAMED = CREATE_TASK_CODE.replaceAll('task1', 'first').replaceAll('task2', 'second');

async function shoot(page: Page, name: string, ready: () => Promise<void>): Promise<void> {
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: width > 1000 ? 900 : 844 });
    await ready();
    await page.screenshot({ path: `${SHOTS}/authoring-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

async function addVariant(page: Page, index: number, label: string, code: string): Promise<void> {
  await page.getByTestId('add-variant').click();
  const variant = page.getByTestId('variant').nth(index);
  await variant.getByTestId('variant-label').fill(label);
  await variant.getByTestId('variant-code').fill(code);
}

test('teacher authors with a reference and wrong variants, previews as a student, and extends a deadline', async ({ page, browser, baseURL }) => {
  test.setTimeout(300_000);
  await signUp(page, TEACHER, 'teacher');
  await page.getByTestId('create-class-input').fill('Authoring 101');
  await page.getByTestId('create-class-submit').click();
  await expect(page.getByTestId('class-name')).toHaveText('Authoring 101');
  const code = (await page.getByTestId('join-code').textContent())!.trim();
  await expect(page.getByTestId('join-link')).toHaveAttribute('href', `/join/${code}`);
  const classPath = new URL(page.url()).pathname;

  await page.getByTestId('new-assignment').click();
  await expect(page.locator('[data-editor-ready]')).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('assignment-title').fill('Overlap the calls');
  await page.getByTestId('assignment-instructions').fill('# Two prices\n\nFinish in **at most 3 s** of virtual time.\n\n- use `asyncio.createTask`');
  const preview = page.getByTestId('instructions-preview');
  await expect(preview.locator('strong')).toHaveText('at most 3 s');
  await expect(preview.getByTestId('assignment-heading')).toHaveText('Overlap the calls');
  await page.getByTestId('add-check-kind').selectOption('time');
  await page.getByTestId('add-check').click();
  await page.getByTestId('check-editor').nth(0).getByTestId('check-ms').fill('3000');
  await page.getByTestId('late-policy-kind').selectOption('refuse');
  await page.getByTestId('reference-code').fill(`// ${SECRET}\n${CREATE_TASK_CODE}`);
  await addVariant(page, 0, 'sequential version', SEQUENTIAL_CODE);
  await addVariant(page, 1, 'renamed version', RENAMED);
  await page.getByTestId('assignment-save').click();

  // The time check catches the sequential program but not a renamed copy of the reference.
  const report = page.getByTestId('authoring-report');
  await expect(report).toBeVisible({ timeout: 60_000 });
  await expect(report).toHaveAttribute('data-ok', 'false');
  await expect(page.getByTestId('authoring-warnings')).toHaveText('Your checks do not catch the renamed version: it passes every check.');
  await expect(page.getByTestId('verdict-reference')).toContainText('passes every check');
  await expect(page.getByTestId('verdict-variant').nth(0)).toHaveAttribute('data-caught', 'true');
  await expect(page.getByTestId('verdict-variant').nth(1)).toHaveAttribute('data-caught', 'false');
  await shoot(page, 'editor', async () => {
    await expect(page.getByTestId('authoring-report')).toBeVisible();
  });

  // Preview as a student: the student's workspace, rendered Markdown, no solution, no Submit.
  await page.getByTestId('preview-as-student').click();
  await page.waitForURL((url) => /^\/assignments\/\w+\/preview$/.test(url.pathname));
  const assignmentPath = new URL(page.url()).pathname.replace(/\/preview$/, '');
  await expect(page.getByTestId('preview-banner')).toBeVisible();
  await expect(page.getByTestId('student-workspace').locator('.markdown strong')).toHaveText('at most 3 s');
  await expect(page.getByTestId('visible-checks')).toContainText('3');
  await expect(page.getByTestId('late-note')).toHaveText('Submissions are closed after the deadline.');
  await expect(page.getByTestId('submit-button')).toHaveCount(0);
  await expect(page.locator('[data-editor-ready]')).toBeVisible({ timeout: 60_000 });
  expect(await page.content()).not.toContain(SECRET);
  await shoot(page, 'preview', async () => {
    await expect(page.getByTestId('preview-banner')).toBeVisible();
  });

  // A student joins through the link.
  const context = await browser.newContext({ baseURL });
  const student = await context.newPage();
  await signUp(student, STUDENT, 'student');
  await student.goto(`/join/${code}`);
  await student.getByTestId('join-by-link').click();
  await expect(student).toHaveURL(new RegExp(`${classPath}$`));
  await expect(student.getByTestId('assignment-item')).toHaveCount(1);
  // Nothing of the teacher's side reaches the student.
  for (const path of [`${assignmentPath}/preview`, `${assignmentPath}/edit`]) {
    await student.goto(path);
    await expect(student.getByTestId('access-refused')).toBeVisible();
  }
  expect((await student.request.get(`/api/assignments/${assignmentPath.split('/').pop()}/solution`)).status()).toBe(403);
  await student.goto(assignmentPath);
  await expect(student.getByTestId('assignment-due-at')).toContainText('due');
  expect(await student.content()).not.toContain(SECRET);

  // The teacher extends the student's deadline from the roster.
  await page.goto(classPath);
  await expect(page.getByTestId('assignment-count')).toContainText('0');
  const row = page.locator(`[data-testid="roster-row"][data-username="${STUDENT}"]`);
  await row.getByTestId('extend-button').click();
  await row.getByTestId('extension-due').fill('2031-06-01T12:00');
  await row.getByTestId('extension-save').click();
  await expect(row.getByTestId('extension-chip')).toContainText('Overlap the calls: until 2031-06-01');
  await page.reload();
  await expect(page.locator(`[data-testid="roster-row"][data-username="${STUDENT}"]`).getByTestId('extension-chip')).toContainText('2031-06-01');
  await shoot(page, 'roster', async () => {
    await expect(page.getByTestId('roster')).toBeVisible();
  });

  await student.goto(assignmentPath);
  await expect(student.getByTestId('assignment-due-at')).toContainText('your extended deadline 2031-06-01');
  await context.close();
});
