// Shared steps for the snippet specs: save through the API (in a context, so its owner cookie
// lands in that context), open a snippet page, read the editor, and take themed screenshots.
import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import type { CreatedSnippetResponse } from '../lib/api/snippet-response.ts';
import { example } from '../lib/examples/catalog.ts';

const createTaskExample = example('create-task');
const sequentialExample = example('sequential');

export const SEQUENTIAL_CODE = sequentialExample.code;
export const CREATE_TASK_CODE = createTaskExample.code;

/**
 * POST /api/snippets with run: true; the owner cookie goes to `request`'s context. Sent with the
 * Origin a browser would send: a request with cookies and no Origin is refused as cross-site.
 */
export async function saveSnippet(request: APIRequestContext, title: string, code: string): Promise<CreatedSnippetResponse> {
  const origin = `http://localhost:${process.env.TASKLINE_E2E_PORT ?? 3100}`; // playwright.config.ts's baseURL
  const response = await request.post('/api/snippets', { data: { title, code, run: true }, headers: { origin } });
  expect(response.status()).toBe(201);
  return (await response.json()) as CreatedSnippetResponse;
}

export async function openSnippet(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('[data-editor-ready]')).toBeVisible({ timeout: 60_000 });
}

/**
 * Replaces the editor's code by pasting: typing multi-line code into Monaco gets auto-indented
 * and auto-closed, pasting keeps it verbatim.
 */
export async function pasteCode(page: Page, code: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((text) => navigator.clipboard.writeText(text), code);
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
}

/** Paths of every POST to /api/run the page makes, to prove a shared link does not re-run. */
export function recordRunRequests(page: Page): string[] {
  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/run') posts.push(request.url());
  });
  return posts;
}

/** Screenshots go to TASKLINE_SHOTS_DIR (e.g. /tmp/shots) when set, in both themes. */
export async function shootBothThemes(browser: Browser, baseURL: string, path: string, name: string, prepare: (page: Page) => Promise<void>): Promise<void> {
  const dir = process.env.TASKLINE_SHOTS_DIR;
  if (!dir) return;
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ baseURL, colorScheme, viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await openSnippet(page, path);
    await prepare(page);
    await page.screenshot({ path: `${dir}/${name}-${colorScheme}.png` });
    await context.close();
  }
}
