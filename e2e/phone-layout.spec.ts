// At 390 px the playground stays usable: the examples menu has room to show a title, and task names
// in the timeline are not cut off (callApi#1 and callApi#2 read as two tasks, not "callAp…" twice).
import { expect, test } from '@playwright/test';
import { openPlayground, pickExample, runAndWait } from './helpers.ts';

test.use({ viewport: { width: 390, height: 844 } });

test('the examples menu has a row of its own and names its example', async ({ page }) => {
  await openPlayground(page);
  const menu = page.getByTestId('examples-menu');
  // Beside Share, Explore and Run it had about 20 px; the label read "Exam".
  expect((await menu.boundingBox())!.width).toBeGreaterThan(200);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('task names in the timeline are not cut off', async ({ page }) => {
  await openPlayground(page);
  await pickExample(page, 'create-task');
  await runAndWait(page);
  await expect(page.getByTestId('timeline-lane')).toHaveCount(4);
  const cut = await page.locator('.lane__name').evaluateAll((names) =>
    names.filter((name) => name.scrollWidth > name.clientWidth).map((name) => name.textContent));
  expect(cut).toEqual([]);
});
