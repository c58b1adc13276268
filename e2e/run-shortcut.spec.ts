// Ctrl+Enter runs the program, from inside the editor and from elsewhere on the page.
import { expect, test } from '@playwright/test';
import { openPlayground, pickExample } from './helpers.ts';

test('Ctrl+Enter in the editor runs the program', async ({ page }) => {
  await openPlayground(page);
  await pickExample(page, 'create-task');
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('virtual-time')).toHaveText('3.000 s');
});

test('Ctrl+Enter outside the editor runs it too', async ({ page }) => {
  await openPlayground(page);
  await pickExample(page, 'sequential');
  await page.getByTestId('examples-menu').focus();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('virtual-time')).toHaveText('6.000 s');
});
