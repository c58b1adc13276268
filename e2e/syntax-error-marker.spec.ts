// A program that doesn't compile gets an error marker in the editor and a compile-error banner.
import { expect, test } from '@playwright/test';
import { openPlayground, replaceCode } from './helpers.ts';

test('a syntax error puts a marker in the editor', async ({ page }) => {
  await openPlayground(page);
  await replaceCode(page, 'console.log("before");\nconst broken = ;\n');
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'compile-error');
  await expect(page.getByTestId('run-status')).toContainText('line 2');
  await expect(page.locator('.monaco-editor .squiggly-error').first()).toBeVisible();
});
