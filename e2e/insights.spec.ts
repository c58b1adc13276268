// Insights under the timeline, computed from the trace, with links to lines and moments; located
// warnings marked in the editor.
import { expect, test } from '@playwright/test';
import { openPlayground, pickExample, runAndWait } from './helpers.ts';

test('the sequential example explains the saving from running the calls concurrently', async ({ page }) => {
  await openPlayground(page);
  await pickExample(page, 'sequential');
  await runAndWait(page);
  const insight = page.getByTestId('insight').filter({ hasText: 'one after another' });
  await expect(insight).toContainText('the program takes 3 s instead of 6 s');
  await insight.getByTestId('insight-line').click();
  // The editor selects the first of the serialized awaits (line 9).
  await expect(page.locator('.monaco-editor .current-line')).toBeVisible();
  await insight.getByTestId('insight-time').click();
  await expect(page.getByTestId('playhead-readout')).toContainText('0.000 s');
});

test('never-awaited work is explained and marked in the editor', async ({ page }) => {
  await openPlayground(page);
  await pickExample(page, 'never-awaited');
  await runAndWait(page);
  // The created task is cancelled at shutdown; the floating call is a plain promise (asyncio.run
  // cancels tasks only, as CPython does), so it is reported as a missing await.
  await expect(page.getByTestId('insight').filter({ hasText: 'backgroundSync#1 was created' }).filter({ hasText: 'never awaited, so asyncio.run cancelled it' })).toHaveCount(1);
  await expect(page.getByTestId('insight').filter({ hasText: 'callApi() on line' }).filter({ hasText: 'missing `await`?' })).toHaveCount(1);
  // Monaco draws warning squiggles for the located marks.
  await expect(page.locator('.monaco-editor .squiggly-warning').first()).toBeVisible();
});

test('blockFor blocked every task, and the deadlock marks each blocked await', async ({ page }) => {
  await openPlayground(page);
  await pickExample(page, 'block-for');
  await runAndWait(page);
  await expect(page.getByTestId('insight').filter({ hasText: 'blockFor on line 11 in crunchNumbers blocked every task for 2 s' })).toBeVisible();
  await pickExample(page, 'deadlock');
  await runAndWait(page);
  // ping, pong, main's gather and the script's blocking asyncio.run(main()) (issue 10): four awaits.
  await expect(page.locator('.monaco-editor .squiggly-warning')).toHaveCount(4);
});
