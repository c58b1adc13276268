// The Explore checks in a class: the output must hold under every ordering. The bank race fails
// with its smallest failing schedule, which replays on the submission's timeline; the fix passes.
import { expect, test } from '@playwright/test';
import { joinClass, signUp, submitCode } from './classroom-helpers.ts';
import { example } from '../lib/examples/catalog.ts';

const bankFixedExample = example('race-bank-fixed');
const bankRaceExample = example('race-bank');

const suffix = Date.now().toString(36);
const EXPECTED = ['alice: withdrew 70', 'bob: refused (balance was 30)', 'balance: 30'];

test('an explore-output check fails the race with its failing ordering, which replays on the timeline', async ({ page, browser, baseURL }) => {
  test.setTimeout(300_000);
  await signUp(page, `xteach-${suffix}`, 'teacher');
  await page.getByTestId('create-class-input').fill('Races');
  await page.getByTestId('create-class-submit').click();
  const code = (await page.getByTestId('join-code').textContent())!.trim();
  await page.getByTestId('new-assignment').click();
  await expect(page.locator('[data-editor-ready]')).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('assignment-title').fill('Fix the bank');
  await page.getByTestId('assignment-instructions').fill('Bob must be refused in **every** ordering.');
  await page.getByTestId('add-check-kind').selectOption('explore-output');
  await page.getByTestId('add-check').click();
  const check = page.getByTestId('check-editor').nth(0);
  await check.getByTestId('check-lines').fill(EXPECTED.join('\n'));
  await page.getByTestId('assignment-save').click();
  await page.waitForURL((url) => /^\/assignments\/\w+$/.test(url.pathname));
  const assignmentPath = new URL(page.url()).pathname;

  const context = await browser.newContext({ baseURL });
  const student = await context.newPage();
  await signUp(student, `xstud-${suffix}`, 'student');
  await joinClass(student, code);
  await submitCode(student, assignmentPath, bankRaceExample.code);
  await expect(student.getByTestId('grade-score')).toHaveText('0 / 10');
  await expect(student.getByTestId('grade-reason')).toHaveText(/^under schedule 1 \(reached by 2 of the 4 orderings explored \(all there are\)\) line 2 is "bob: withdrew 50"/);

  // The submission page replays the failing ordering on the student's own code.
  await student.getByTestId('submission-link').first().click();
  await student.getByTestId('failing-ordering').click();
  const replay = student.getByTestId('failing-ordering-run');
  await expect(replay.getByTestId('outcome-timeline')).toHaveAttribute('data-schedule', '1');
  await expect(replay.locator('[data-testid="choice-mark"][data-deviates]')).toHaveCount(1);
  const dir = process.env.TASKLINE_SHOTS_DIR;
  if (dir) await student.screenshot({ path: `${dir}/explore-classroom-failing-ordering.png` });

  await submitCode(student, assignmentPath, bankFixedExample.code);
  await expect(student.getByTestId('grade-score')).toHaveText('10 / 10');
  await expect(student.getByTestId('grade-reason')).toHaveText('the output matched under all 4 orderings explored (all there are)');
  await context.close();
});
