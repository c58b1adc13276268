// Seed program 3 from the examples menu prints the tutorial's order (the third progress line before
// both prices), and its lesson links to the page explaining Node vs asyncio semantics.
import { expect, test } from '@playwright/test';
import { openPlayground, pickExample, runAndWait } from './helpers.ts';

const TUTORIAL_ORDER = [
  'Get stock price of GOOG...', 'Get stock price of APPL...',
  'API call is in progress...', 'API call is in progress...', 'API call is in progress...',
  '300', '300', 'It took 3 second(s) to complete.',
];

test('seed 3 prints the tutorial order and links to the semantics page', async ({ page }) => {
  await openPlayground(page);
  await pickExample(page, 'other-tasks');
  await runAndWait(page);
  const lines = page.getByTestId('console-line');
  await expect(lines).toHaveCount(TUTORIAL_ORDER.length);
  for (const [i, text] of TUTORIAL_ORDER.entries()) await expect(lines.nth(i)).toContainText(text);
  await page.screenshot({ path: 'test-results/asyncio-seed3.png' });

  const link = page.getByTestId('semantics-link');
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/\/docs\/semantics$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Two semantics in one program');
  await expect(page.getByRole('heading', { name: 'Where the two meet (mixed programs)' })).toBeVisible();
  await page.screenshot({ path: 'test-results/docs-semantics.png', fullPage: true });
});
