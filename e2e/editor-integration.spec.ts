// The editor as a whole: loads only from this server (no CDN), knows the sandbox built-ins,
// marks runtime errors at their line, and a second run supersedes the first.
import { expect, test } from '@playwright/test';
import { openPlayground, replaceCode } from './helpers.ts';

test('the page and Monaco with its workers load from this server only', async ({ page, baseURL }) => {
  const hosts = new Set<string>();
  page.on('request', (request) => hosts.add(new URL(request.url()).host));
  await openPlayground(page);
  await replaceCode(page, 'const n: number = "not a number";\n');
  // a type error can only come from Monaco's TypeScript worker, so the worker is running
  await expect(page.locator('.monaco-editor .squiggly-error').first()).toBeVisible({ timeout: 30_000 });
  const own = new URL(baseURL!).host;
  expect([...hosts].filter((host) => host !== own && host !== '')).toEqual([]);
});

test('IntelliSense offers the sandbox built-ins', async ({ page }) => {
  await openPlayground(page);
  await replaceCode(page, 'asyncio.cre');
  await page.keyboard.press('Control+Space');
  await expect(page.locator('.suggest-widget')).toContainText('createTask', { timeout: 30_000 });
});

test('a runtime error is marked at its line in the editor', async ({ page }) => {
  await openPlayground(page);
  await replaceCode(page, 'const x: number = 1;\nconsole.log("fine");\nthrow new RangeError("boom " + x);\n');
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'error');
  await expect(page.getByTestId('run-status')).toContainText('boom 1');
  // the program type-checks, so the only error marker is the runner's, on line 3
  const marker = page.locator('.monaco-editor .squiggly-error').first();
  await expect(marker).toBeVisible();
  const lineTops = await page.locator('.monaco-editor .view-line').evaluateAll((lines) =>
    lines.map((line) => ({ top: (line as HTMLElement).getBoundingClientRect().top, text: line.textContent ?? '' })),
  );
  const markerTop = (await marker.boundingBox())!.y;
  const markedLine = lineTops.reduce((best, line) => (Math.abs(line.top - markerTop) < Math.abs(best.top - markerTop) ? line : best));
  expect(markedLine.text).toContain('RangeError');
});

test('a second run cancels the first, so a slow first answer never replaces the newer one', async ({ page }) => {
  await openPlayground(page);
  await replaceCode(page, 'await sleep(1234);\nconsole.log("second");\n');
  let calls = 0;
  await page.route('**/api/run', async (route) => {
    calls++;
    if (calls > 1) return route.continue();
    // The first answer comes late and claims 9.999 s; if it were shown, the cancel failed.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const stale = { status: 'ok', virtualMs: 9999, console: [], tasks: [], warnings: [], stats: { wallMs: 1, cpuMs: 1, events: 0, truncated: false } };
    await route.fulfill({ json: stale }).catch(() => {}); // already aborted by the page: nothing to answer
  });
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('run-button')).toHaveAttribute('data-running', /.*/);
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('virtual-time')).toContainText('1.234');
  await page.waitForTimeout(2_500); // past the stale answer's arrival
  await expect(page.getByTestId('virtual-time')).toContainText('1.234');
  await expect(page.getByTestId('run-button')).not.toHaveAttribute('data-running', /.*/);
  expect(calls).toBe(2);
});
