// The owner (cookie, or the private edit link) edits and saves; anyone else gets 403 from the API
// and sees Fork instead of Save.
import { expect, test } from '@playwright/test';
import { replaceCode } from './helpers.ts';
import { openSnippet, saveSnippet } from './snippet-helpers.ts';

test('the owner renames and edits a snippet, and the change is saved', async ({ page }) => {
  const created = await saveSnippet(page.request, 'Before', 'console.log("before");\n');
  await openSnippet(page, created.url);
  await expect(page.getByTestId('fork-button')).toHaveCount(0);
  await page.getByTestId('snippet-title-input').fill('After <em>rename</em>');
  await replaceCode(page, 'console.log("after");\n');
  await page.getByTestId('save-button').click();
  await expect(page.getByTestId('snippet-notice')).toContainText('Saved');

  await openSnippet(page, created.url);
  await expect(page.getByTestId('snippet-title-input')).toHaveValue('After <em>rename</em>');
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('after');
  await expect(page).toHaveTitle('After <em>rename</em> — Taskline');
});

test('a non-owner gets 403 on PUT and sees Fork, not Save', async ({ page, browser, baseURL }) => {
  const created = await saveSnippet(page.request, 'Mine', 'console.log("mine");\n');
  const other = await browser.newContext({ baseURL });
  const visitor = await other.newPage();
  const put = await visitor.request.put(`/api/snippets/${created.id}`, { data: { code: 'console.log("hijacked");' } });
  expect(put.status()).toBe(403);
  await openSnippet(visitor, created.url);
  await expect(visitor.getByTestId('fork-button')).toBeVisible();
  await expect(visitor.getByTestId('save-button')).toHaveCount(0);
  await expect(visitor.locator('.monaco-editor .view-lines')).toContainText('mine');
  // A visitor's Run again runs the saved code without storing it: only the owner writes history.
  const stored = await visitor.request.post(`/api/snippets/${created.id}/runs`, { data: {}, headers: { origin: baseURL! } });
  expect(stored.status()).toBe(403);
  const answered = visitor.waitForResponse((r) => r.url().endsWith('/api/run') && r.request().method() === 'POST');
  await visitor.getByTestId('run-again-button').click();
  expect((await answered).status()).toBe(200);
  await expect(visitor.getByTestId('run-again-button')).toBeEnabled();
  await expect(visitor.getByTestId('snippet-notice')).toHaveCount(0);
  const history = await (await visitor.request.get(`/api/snippets/${created.id}/runs`)).json() as { runs: unknown[] };
  expect(history.runs).toHaveLength(1);
  await visitor.screenshot({ path: test.info().outputPath('visitor-run-again.png') });
  await other.close();
});

test('the private edit link makes another browser an editor', async ({ page, browser, baseURL }) => {
  const created = await saveSnippet(page.request, 'Edit link', 'console.log("v1");\n');
  const other = await browser.newContext({ baseURL });
  const laptop = await other.newPage();
  await openSnippet(laptop, created.editUrl);
  await expect(laptop.getByTestId('save-button')).toBeVisible();
  await laptop.getByTestId('snippet-title-input').fill('Edited from the link');
  await laptop.getByTestId('save-button').click();
  await expect(laptop.getByTestId('snippet-notice')).toContainText('Saved');
  expect((await (await page.request.get(`/api/snippets/${created.id}`)).json()).title).toBe('Edited from the link');
  await other.close();
});
