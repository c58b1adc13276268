// Share in one browser, open in another: same code, same recorded timeline and virtual time,
// and nothing runs again. Sharing again updates the same link; the author's home lists it.
import { expect, test } from '@playwright/test';
import { laneNames, openPlayground, pickExample, runAndWait } from './helpers.ts';
import { openSnippet, recordRunRequests, saveSnippet, shootBothThemes } from './snippet-helpers.ts';

test('a shared link opens in another browser with the recorded run, without running it', async ({ page, browser, baseURL }) => {
  await openPlayground(page);
  await pickExample(page, 'other-tasks');
  await runAndWait(page);
  const authorLanes = (await laneNames(page)).sort();
  const authorTime = await page.getByTestId('virtual-time').textContent();

  await page.getByTestId('share-button').click();
  const link = page.getByTestId('share-link');
  await expect(link).toHaveText(/\/s\/[0-9A-Za-z]{10}$/);
  const url = (await link.getAttribute('href'))!;

  const other = await browser.newContext({ baseURL });
  const visitor = await other.newPage();
  const runPosts = recordRunRequests(visitor);
  await openSnippet(visitor, url);
  await expect(visitor.locator('.monaco-editor .view-lines')).toContainText('showMessage');
  await expect(visitor.getByTestId('virtual-time')).toHaveText(authorTime!);
  expect((await laneNames(visitor)).sort()).toEqual(authorLanes);
  await expect(visitor.getByTestId('console-line').filter({ hasText: 'API call is in progress' })).toHaveCount(3);
  await expect(visitor.getByTestId('fork-button')).toBeVisible();
  expect(runPosts).toEqual([]);
  await other.close();

  await shootBothThemes(browser, baseURL!, new URL(url).pathname, 'share-page', async () => {});
});

test('sharing again updates the same snippet, and the home page lists it', async ({ page }) => {
  await openPlayground(page);
  await pickExample(page, 'sequential');
  await page.getByTestId('share-button').click();
  const first = await page.getByTestId('share-link').getAttribute('href');
  await page.getByTestId('share-toast').getByRole('button', { name: 'Dismiss' }).click();

  await page.getByTestId('share-button').click();
  await expect(page.getByTestId('share-toast')).toContainText('updated');
  expect(await page.getByTestId('share-link').getAttribute('href')).toBe(first);

  await page.reload();
  const recent = page.getByTestId('recent-snippets');
  await recent.locator('summary').click();
  await expect(recent.locator(`a[href="${new URL(first!).pathname}"]`)).toContainText('Sequential awaits');
});

test('HTML in a title renders as text, and an unknown id is a 404 page', async ({ page, browser, baseURL }) => {
  const title = '<img src=x onerror="window.__pwned=1">';
  const created = await saveSnippet(page.request, title, 'console.log("<script>alert(1)</script>");\n');
  const other = await browser.newContext({ baseURL });
  const visitor = await other.newPage();
  await openSnippet(visitor, created.url);
  await expect(visitor.getByTestId('snippet-title')).toHaveText(title);
  await expect(visitor.getByTestId('console-line')).toContainText('<script>alert(1)</script>');
  expect(await visitor.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  await other.close();

  const missing = await page.goto('/s/zzzzzzzzzz');
  expect(missing?.status()).toBe(404);
  await expect(page.getByTestId('snippet-not-found')).toBeVisible();
});
