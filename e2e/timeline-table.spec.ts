// The timeline's text alternative: a table of tasks and spans, reachable by keyboard.
import { expect, test } from '@playwright/test';
import { openPlayground, pickExample, runAndWait } from './helpers.ts';

test('the timeline table is there for screen readers', async ({ page }) => {
  await openPlayground(page);
  await pickExample(page, 'create-task');
  await runAndWait(page);
  const toggle = page.getByTestId('timeline-table-toggle');
  await toggle.focus();
  await page.keyboard.press('Enter');
  const table = page.getByRole('table', { name: /Tasks and their spans/ });
  await expect(table).toBeVisible();
  await expect(table.getByRole('rowheader').filter({ hasText: 'callApi' })).toHaveCount(2);
  await expect(table).toContainText('waiting for sleep 3 s');
});
