// The deadlock example ends with status deadlock and names both blocked tasks.
import { expect, test } from '@playwright/test';
import { openPlayground, pickExample, runAndWait } from './helpers.ts';

test('the deadlock example shows the blocked tasks', async ({ page }) => {
  await openPlayground(page);
  await pickExample(page, 'deadlock');
  await runAndWait(page);
  const status = page.getByTestId('run-status');
  await expect(status).toHaveAttribute('data-status', 'deadlock');
  await expect(status).toContainText('Deadlock');
  await expect(status).toContainText('ping');
  await expect(status).toContainText('pong');
});
