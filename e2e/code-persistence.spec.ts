// The editor's code survives a reload.
import { expect, test } from '@playwright/test';
import { openPlayground, replaceCode } from './helpers.ts';

test('code survives a reload', async ({ page }) => {
  await openPlayground(page);
  await replaceCode(page, 'console.log("kept_after_reload");\n');
  await page.reload();
  await expect(page.locator('[data-editor-ready]')).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('kept_after_reload');
  await expect(page.getByTestId('examples-menu')).toHaveValue('');
});
