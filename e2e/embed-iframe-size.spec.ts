// /embed/<id> in a 700×420 iframe opens at its top with title, status and time axis in view, the
// code collapsible and a Run that runs in place; the Share box offers the iframe snippet.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { openPlayground, pickExample } from './helpers.ts';
import { CREATE_TASK_CODE, saveSnippet } from './snippet-helpers.ts';

test('a 700×420 embed opens at its top, shows title, status and axis, and runs in place', async ({ page, baseURL }) => {
  const created = await saveSnippet(page.request, 'Embedded at 700 by 420', CREATE_TASK_CODE);
  const blog = createServer((_request, response) => {
    response.setHeader('content-type', 'text/html');
    response.end(`<!doctype html><title>Blog</title><p>Post</p><iframe title="Taskline" src="${baseURL}/embed/${created.id}" width="700" height="420"></iframe>`);
  });
  await new Promise<void>((resolve) => blog.listen(0, '127.0.0.1', resolve));
  try {
    await page.goto(`http://127.0.0.1:${(blog.address() as AddressInfo).port}/`);
    const frame = page.frameLocator('iframe[title=Taskline]');
    await expect(frame.getByTestId('console-line').last()).toContainText('It took');
    const inner = page.frames().find((f) => f.url().includes('/embed/'))!;
    // Opened at its top: nothing scrolled the document or the output to the console.
    expect(await inner.evaluate(() => [window.scrollY, document.querySelector('.embed__output')!.scrollTop])).toEqual([0, 0]);
    for (const target of [frame.getByRole('heading', { name: 'Embedded at 700 by 420' }), frame.getByTestId('virtual-time'), frame.locator('.axis__tick').last()]) {
      const box = await target.boundingBox();
      const iframe = (await page.locator('iframe[title=Taskline]').boundingBox())!;
      expect(box!.y + box!.height).toBeLessThanOrEqual(iframe.y + iframe.height);
    }
    await expect(frame.getByTestId('embed-code').locator('pre')).toBeHidden();
    await frame.getByTestId('embed-code').locator('summary').click();
    await expect(frame.getByTestId('embed-code').locator('pre')).toContainText('asyncio.createTask');
    const ran = page.waitForRequest((req) => req.url().endsWith('/api/run') && req.method() === 'POST');
    await frame.getByTestId('run-button').click();
    expect(JSON.parse((await ran).postData() ?? '{}').code).toBe(CREATE_TASK_CODE);
    await expect(frame.getByTestId('run-button')).not.toHaveAttribute('data-running', /.*/);
    await expect(frame.getByTestId('virtual-time')).toHaveText('3.000 s');
  } finally {
    blog.close();
  }
});

test('the Share box offers the embed snippet with a copy button', async ({ page }) => {
  await openPlayground(page);
  await pickExample(page, 'create-task');
  await page.getByTestId('share-button').click();
  const snippet = page.getByTestId('embed-snippet');
  await expect(snippet).toHaveValue(/^<iframe src="http:\/\/localhost:\d+\/embed\/[0-9A-Za-z]{10}" width="700" height="420"/);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByTestId('copy-embed').click();
  await expect(page.getByTestId('copy-embed')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await snippet.inputValue());
});
