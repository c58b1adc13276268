// Anyone but the owner sees Fork; forking makes a new snippet they own, which says where it came from.
import { expect, test } from '@playwright/test';
import { openSnippet, saveSnippet, SEQUENTIAL_CODE } from './snippet-helpers.ts';

test('a visitor forks a snippet into their own, recording where it came from', async ({ page, browser, baseURL }) => {
  const original = await saveSnippet(page.request, 'Original sequential', SEQUENTIAL_CODE);

  const other = await browser.newContext({ baseURL });
  const visitor = await other.newPage();
  await openSnippet(visitor, original.url);
  await expect(visitor.getByTestId('save-button')).toHaveCount(0);
  await visitor.getByTestId('fork-button').click();

  await visitor.waitForURL((url) => /^\/s\/[0-9A-Za-z]{10}$/.test(url.pathname) && url.pathname !== original.url);
  await expect(visitor.locator('[data-editor-ready]')).toBeVisible({ timeout: 60_000 });
  const forkedFrom = visitor.getByTestId('forked-from');
  await expect(forkedFrom).toContainText('Original sequential');
  await expect(forkedFrom.getByRole('link')).toHaveAttribute('href', original.url);
  await expect(visitor.getByTestId('save-button')).toBeVisible();
  await expect(visitor.locator('.monaco-editor .view-lines')).toContainText('callApi');

  // The API agrees: the fork records its origin and belongs to the visitor.
  const forkId = new URL(visitor.url()).pathname.split('/').pop();
  const answer = await visitor.request.get(`/api/snippets/${forkId}`);
  expect(await answer.json()).toMatchObject({ forkedFromId: original.id, isOwner: true });
  await other.close();
});
