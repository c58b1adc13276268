// The theme follows the system at first, the toggle flips it, and the choice survives a reload.
import { expect, test } from '@playwright/test';
import { openPlayground } from './helpers.ts';

test.use({ colorScheme: 'light' });

test('theme toggle switches light and dark and is remembered', async ({ page }) => {
  await openPlayground(page);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.getByTestId('theme-toggle').click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('.monaco-editor').first()).toHaveClass(/vs-dark/);
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.getByTestId('theme-toggle').click();
  await expect(html).toHaveAttribute('data-theme', 'light');
});
