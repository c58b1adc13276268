// /embed/<id>: the recorded timeline and console with no editor, framable by other sites while
// every other page may be framed by no one.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { CREATE_TASK_CODE, saveSnippet } from './snippet-helpers.ts';

test('the embed page shows the recorded timeline and console, no editor', async ({ page }) => {
  const created = await saveSnippet(page.request, 'Embedded tasks', CREATE_TASK_CODE);
  const response = await page.goto(`/embed/${created.id}`);
  expect(response?.headers()['content-security-policy']).toMatch(/(^|; )frame-ancestors \*(;|$)/);
  await expect(page.getByTestId('timeline-lane')).toHaveCount(4);
  await expect(page.getByTestId('virtual-time')).toHaveText('3.000 s');
  await expect(page.getByTestId('console-line').last()).toContainText('It took');
  await expect(page.locator('[data-editor]')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Open in Taskline/ })).toHaveAttribute('href', created.url);
});

test('the embed loads inside an iframe on another site; the share page refuses to', async ({ page, baseURL }) => {
  const created = await saveSnippet(page.request, 'Framed', CREATE_TASK_CODE);
  const share = await page.request.get(created.url);
  expect(share.headers()['content-security-policy']).toMatch(/(^|; )frame-ancestors 'none'(;|$)/);

  // A page on another origin that frames the embed, served by a throwaway local server (a
  // route-fulfilled page would count as public, and Chromium's Private Network Access blocks
  // public pages from framing localhost whatever our headers say).
  const blog = createServer((_request, response) => {
    response.setHeader('content-type', 'text/html');
    response.end(`<!doctype html><title>Blog</title><h1>My post</h1><iframe title="Taskline" src="${baseURL}/embed/${created.id}" width="900" height="500"></iframe>`);
  });
  await new Promise<void>((resolve) => blog.listen(0, '127.0.0.1', resolve));
  const { port } = blog.address() as AddressInfo;
  await page.goto(`http://127.0.0.1:${port}/post`);
  const frame = page.frameLocator('iframe[title=Taskline]');
  await expect(frame.getByTestId('timeline-lane')).toHaveCount(4);
  await expect(frame.getByTestId('console-line').last()).toContainText('It took');
  blog.close();
});
