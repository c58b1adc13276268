// A shared link shows a run of exactly the code beside it; the read-only page is really read-only
// with "Fork to edit"; a fork starts from the run it forked and links back.
import { expect, test } from '@playwright/test';
import { CREATE_TASK_CODE, openSnippet, saveSnippet, SEQUENTIAL_CODE } from './snippet-helpers.ts';

test('an owner\'s run of unsaved code never shows beside the saved code', async ({ page, browser, baseURL }) => {
  const saved = await saveSnippet(page.request, 'createTask runs both at once (3 s)', CREATE_TASK_CODE);
  // The owner runs other (unsaved) code: the sequential program, 6 s.
  // With the Origin a browser sends: cookies without an Origin are refused as cross-site (issue 12).
  const ran = await page.request.post(`/api/snippets/${saved.id}/runs`, { data: { code: SEQUENTIAL_CODE }, headers: { origin: baseURL! } });
  expect(ran.status()).toBe(201);
  expect((await ran.json()).run.code).toBe(SEQUENTIAL_CODE);

  const other = await browser.newContext({ baseURL });
  const visitor = await other.newPage();
  await openSnippet(visitor, saved.url);
  // The saved createTask code, with its own 3 s run, not the later 6 s run of other code.
  await expect(visitor.getByTestId('virtual-time')).toHaveText('3.000 s');
  await expect(visitor.getByTestId('stale-notice')).toHaveCount(0);
  await other.close();
});

test('the read-only page refuses typing, offers Fork to edit, and the fork starts from the run', async ({ page, browser, baseURL }) => {
  const saved = await saveSnippet(page.request, 'Sequential to fork', SEQUENTIAL_CODE);
  const other = await browser.newContext({ baseURL });
  const visitor = await other.newPage();
  await openSnippet(visitor, saved.url);
  await expect(visitor.getByTestId('access-note')).toContainText('Read-only');
  await visitor.locator('.monaco-editor .view-lines').click();
  await visitor.keyboard.insertText('TYPED_BY_VISITOR');
  await expect(visitor.locator('.monaco-editor .view-lines')).not.toContainText('TYPED_BY_VISITOR');
  await expect(visitor.getByTestId('fork-button')).toHaveText('Fork to edit');

  await visitor.getByTestId('fork-button').click();
  await visitor.waitForURL((url) => url.pathname.startsWith('/s/') && url.pathname !== saved.url);
  await expect(visitor.locator('[data-editor-ready]')).toBeVisible({ timeout: 60_000 });
  // The fork opens with the run it forked, drawn at once, and says where it came from.
  await expect(visitor.getByTestId('virtual-time')).toHaveText('6.000 s');
  await expect(visitor.getByTestId('forked-from').getByRole('link')).toHaveAttribute('href', saved.url);
  // Now it is the visitor's own: typing works.
  await visitor.locator('.monaco-editor .view-lines').click();
  await visitor.keyboard.press('ControlOrMeta+End');
  await visitor.keyboard.insertText('\n// mine');
  await expect(visitor.getByTestId('stale-notice')).toContainText('Code changed since this run');
  await other.close();
});

test('history comparison shows each run\'s code', async ({ page, baseURL }) => {
  const saved = await saveSnippet(page.request, 'Two versions', SEQUENTIAL_CODE);
  const ran = await page.request.post(`/api/snippets/${saved.id}/runs`, { data: { code: CREATE_TASK_CODE }, headers: { origin: baseURL! } });
  expect(ran.status()).toBe(201);
  await openSnippet(page, saved.url);
  await page.getByTestId('history-tab').click();
  const rows = page.getByTestId('run-history-row');
  await expect(rows).toHaveCount(2);
  await rows.nth(0).getByRole('checkbox').check();
  await rows.nth(1).getByRole('checkbox').check();
  await expect(page.getByTestId('compare-code')).toContainText('asyncio.createTask');
});
