// Run history and the two-run comparison: the tutorial's sequential 6 s against createTask 3 s,
// both timelines on one time axis with the difference spelled out.
import { expect, test } from '@playwright/test';
import { CREATE_TASK_CODE, openSnippet, pasteCode, saveSnippet, SEQUENTIAL_CODE, shootBothThemes } from './snippet-helpers.ts';

test('history lists each run and compares two on a shared axis', async ({ page, browser, baseURL }) => {
  const created = await saveSnippet(page.request, 'Sequential vs tasks', SEQUENTIAL_CODE);
  await openSnippet(page, created.url);
  await expect(page.getByTestId('virtual-time')).toHaveText('6.000 s');

  await pasteCode(page, CREATE_TASK_CODE);
  await page.getByTestId('save-button').click();
  await expect(page.getByTestId('snippet-notice')).toContainText('Saved');
  await page.getByTestId('run-again-button').click();
  await expect(page.getByTestId('virtual-time')).toHaveText('3.000 s');

  await page.getByTestId('history-tab').click();
  const rows = page.getByTestId('run-history-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('3.000 s');
  await expect(rows.nth(1)).toContainText('6.000 s');
  await expect(rows.nth(0)).toContainText('ok');

  await expect(page.getByTestId('compare-hint')).toBeVisible();
  await rows.nth(1).getByRole('checkbox').check();
  await rows.nth(0).getByRole('checkbox').check();
  const compare = page.getByTestId('compare-view');
  await expect(compare.getByTestId('compare-summary')).toHaveText('Run 1 6.000 s vs Run 2 3.000 s — 3.000 s faster');
  const charts = compare.getByTestId('compare-run');
  await expect(charts).toHaveCount(2);
  // Sequential: script and main, its two callApi coroutines drawn inside main; createTask: four tasks.
  await expect(charts.nth(0).getByTestId('timeline-lane')).toHaveCount(2);
  await expect(charts.nth(0).getByTestId('call-frame')).toHaveCount(2);
  await expect(charts.nth(1).getByTestId('timeline-lane')).toHaveCount(4);

  // Shared axis: the same instant sits at the same x in both charts.
  const lastTick = async (i: number) => charts.nth(i).locator('.axis__tick').last().boundingBox();
  const [top, bottom] = [await lastTick(0), await lastTick(1)];
  expect(Math.abs(top!.x - bottom!.x)).toBeLessThan(1);
  expect(await charts.nth(0).locator('.axis__tick').last().textContent()).toBe(await charts.nth(1).locator('.axis__tick').last().textContent());

  await shootBothThemes(browser, baseURL!, created.url, 'compare', async (shot) => {
    await shot.getByTestId('history-tab').click();
    await shot.getByTestId('run-history-row').nth(1).getByRole('checkbox').check();
    await shot.getByTestId('run-history-row').nth(0).getByRole('checkbox').check();
    await expect(shot.getByTestId('compare-run').nth(1).getByTestId('timeline-lane').first()).toBeVisible();
  });
});
