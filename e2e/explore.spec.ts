// Explore in the browser: the bank race has two outcomes; both open on one time axis with their
// choice points marked on the lanes; a shared outcome opens, for someone else, in exactly that ordering.
import { expect, test, type Page } from '@playwright/test';
import { openPlayground, pickExample } from './helpers.ts';

async function shoot(page: Page, name: string): Promise<void> {
  const dir = process.env.TASKLINE_SHOTS_DIR;
  if (dir) await page.screenshot({ path: `${dir}/explore-${name}.png` });
}

test('explores the bank race, opens both outcomes side by side, and shares one', async ({ page, browser, baseURL }) => {
  await openPlayground(page);
  await pickExample(page, 'race-bank');
  await page.getByTestId('explore-button').click();
  const panel = page.getByTestId('explore-panel');
  await expect(page.getByTestId('explore-headline')).toHaveText('2 possible outputs in 4 orderings — exhaustive');
  const outcomes = page.getByTestId('explore-outcome');
  await expect(outcomes).toHaveCount(2);
  await expect(outcomes.nth(0)).toContainText('bob: refused');
  await expect(outcomes.nth(1)).toContainText('bob: withdrew 50');
  await expect(outcomes.nth(0)).toContainText('2 orderings');

  // The first outcome opens at once, replayed with its choice points on the lanes.
  const runs = panel.getByTestId('explore-run');
  await expect(runs).toHaveCount(1);
  await expect(runs.nth(0).getByTestId('choice-mark').first()).toBeVisible();
  await expect(runs.nth(0).getByRole('list', { name: /Choice points/ })).toContainText('Choice 1 at 0.010 s');
  await shoot(page, 'one-outcome');

  // The second beside it, on the same time axis.
  await outcomes.nth(1).getByTestId('outcome-compare').check();
  await expect(runs).toHaveCount(2);
  await expect(runs.nth(1).getByTestId('outcome-timeline')).toHaveAttribute('data-schedule', '1');
  await expect(runs.nth(1).locator('[data-testid="choice-mark"][data-deviates]')).toHaveCount(1);
  const axisEnds = await runs.evaluateAll((els) => els.map((el) => el.querySelector('.timeline__axis-area')?.textContent ?? ''));
  expect(axisEnds[0]).toBe(axisEnds[1]);
  await shoot(page, 'two-outcomes');

  // Share the race outcome: the link replays exactly that ordering in another browser.
  await outcomes.nth(1).getByTestId('outcome-show').click();
  await page.getByTestId('outcome-share').click();
  const link = page.getByTestId('outcome-share-link');
  await expect(link).toHaveAttribute('href', /\/s\/[0-9A-Za-z]{10}\/outcome\?schedule=1$/);
  const url = (await link.getAttribute('href'))!;

  const other = await browser.newContext({ baseURL, colorScheme: 'dark' });
  const visitor = await other.newPage();
  await visitor.goto(url);
  const shared = visitor.getByTestId('shared-outcome');
  await expect(shared.getByTestId('console-line').filter({ hasText: 'bob: withdrew 50' })).toBeVisible();
  await expect(shared.getByTestId('console-line').filter({ hasText: 'balance: 50' })).toBeVisible();
  await expect(shared.getByTestId('outcome-timeline')).toHaveAttribute('data-schedule', '1');
  await expect(shared.getByTestId('choice-mark').first()).toBeVisible();
  await expect(visitor.locator('[data-editor-ready]')).toBeVisible({ timeout: 60_000 });
  await shoot(visitor, 'shared-outcome-dark');
  await other.close();
});

test('the fixed bank example has exactly one outcome (explored with Ctrl+Shift+Enter in the editor)', async ({ page }) => {
  await openPlayground(page);
  await pickExample(page, 'race-bank-fixed');
  await page.locator('.monaco-editor .view-lines').click();
  const lines = await page.locator('.monaco-editor .view-line').count();
  await page.keyboard.press('ControlOrMeta+Shift+Enter');
  await expect(page.getByTestId('explore-headline')).toHaveText('1 possible output in 4 orderings — exhaustive');
  await expect(page.getByTestId('explore-outcome')).toHaveCount(1);
  expect(await page.locator('.monaco-editor .view-line').count()).toBe(lines); // no line inserted

  // With ±10 % latency jitter the schedules carry it, so a replay or a link reproduces the same order.
  await page.getByTestId('explore-jitter').selectOption('0.1');
  await expect(page.getByTestId('explore-outcome').first()).toContainText('schedule j0.1:default');
  await expect(page.getByTestId('explore-headline')).toHaveText(/^1 possible output in \d+ orderings — exhaustive$/);
});
