// The timeline speaks one language: one name per task, the code's units, labels never cut off,
// visible short spans, an axis the badge doesn't hide, no empty area, a readout of every task,
// woken-not-running shown apart from waiting, direct calls as frames, a table that doesn't squeeze.
import { expect, test, type Page } from '@playwright/test';
import { openPlayground, pickExample, runAndWait } from './helpers.ts';

async function box(page: Page, selector: string) {
  return (await page.locator(selector).last().boundingBox())!;
}

test('one name per task, in the code\'s units, with nothing cut off', async ({ page }) => {
  await openPlayground(page);
  await pickExample(page, 'create-task');
  await runAndWait(page);
  const labels = await page.getByTestId('timeline-lane').evaluateAll((lanes) => lanes.map((l) => (l as HTMLElement).dataset.taskLabel));
  expect(labels).toEqual(['script#1', 'main#1', 'callApi#1', 'callApi#2']);
  // main's wait names the task by the same label as its lane; asyncio.sleep(3) reads as 3 s.
  await expect(page.locator('[data-task-label="main#1"] .span__label').first()).toHaveText('callApi#1');
  await expect(page.locator('[data-task-label="callApi#1"] .span__label').first()).toHaveText('sleep 3 s');
  // State chips are whole: no ellipsis.
  for (const chip of await page.locator('.lane__now').all()) {
    expect(await chip.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  }
  // A 0 ms running step is still drawn wide enough to see.
  const running = await page.locator('[data-kind="running"]').first().boundingBox();
  expect(running!.width).toBeGreaterThanOrEqual(4);
  // The playhead badge (at the end) does not cover the last tick label.
  const badge = await box(page, '.playhead-handle');
  const tick = await box(page, '.axis__tick');
  expect(badge.y >= tick.y + tick.height || badge.x >= tick.x + tick.width || badge.x + badge.width <= tick.x).toBe(true);
  // The chart ends right below its last lane.
  const frame = await box(page, '.timeline__frame');
  const lastLane = await box(page, '[data-testid="timeline-lane"]');
  expect(frame.y + frame.height - (lastLane.y + lastLane.height)).toBeLessThan(12);
});

test('the readout summarises every task at the playhead', async ({ page }) => {
  await openPlayground(page);
  await pickExample(page, 'other-tasks');
  await runAndWait(page);
  await page.getByTestId('playhead').focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  const summary = page.getByTestId('playhead-summary');
  await expect(summary).toContainText('main#1 waits for callApi#1');
  await expect(summary).toContainText('showMessage#1 sleeps until');
  await expect(summary).toContainText('callApi#2 sleeps until 3 s');
});

test('woken-but-not-running is drawn apart from waiting, and named in the legend', async ({ page }) => {
  await openPlayground(page);
  await pickExample(page, 'block-for');
  await runAndWait(page);
  await expect(page.locator('[data-task-label="ticker#1"] [data-testid="timeline-ready"]')).toHaveCount(1);
  await expect(page.locator('.legend')).toContainText('woken, waiting for the loop');
});

test('a coroutine awaited directly is a frame in its caller\'s lane, not a task', async ({ page }) => {
  await openPlayground(page);
  await pickExample(page, 'sequential');
  await runAndWait(page);
  await expect(page.getByTestId('run-status')).toContainText('2 tasks + 2 awaited calls');
  await expect(page.getByTestId('timeline-lane')).toHaveCount(2);
  await expect(page.locator('[data-task-label="main#1"] [data-testid="call-frame"]')).toHaveCount(2);
});

test('the timeline table opens below the chart without squeezing it', async ({ page }) => {
  await openPlayground(page);
  await pickExample(page, 'other-tasks');
  await runAndWait(page);
  const before = await box(page, '.timeline__frame');
  await page.getByTestId('timeline-table-toggle').click();
  await expect(page.getByTestId('timeline-table')).toBeVisible();
  const after = await box(page, '.timeline__frame');
  expect(after.height).toBeCloseTo(before.height, 0);
});

test('hovering a wait on a task draws one arrow from its resolve to the resume', async ({ page }) => {
  await openPlayground(page);
  await pickExample(page, 'create-task');
  await runAndWait(page);
  await expect(page.getByTestId('resume-arrow')).toHaveCount(0);
  await page.locator('[data-task-label="main#1"] [data-testid="timeline-span"][data-kind="waiting"]').filter({ hasText: 'callApi#1' }).first().hover();
  const arrow = page.getByTestId('resume-arrow');
  await expect(arrow).toHaveCount(1);
  await expect(arrow).toHaveAttribute('data-from', 'callApi#1');
  await expect(arrow).toHaveAttribute('data-to', 'main#1');
  await page.locator('.timeline__frame').screenshot({ path: test.info().outputPath('resume-arrow.png') });
  await page.mouse.move(5, 5);
  await expect(page.getByTestId('resume-arrow')).toHaveCount(0);
});
