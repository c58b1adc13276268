// Monaco's chunks start from the document head while the shell paints: the head names them (read
// from the build's manifest, so no hashed name is written down), each answers with JavaScript, and
// by the time the editor's lazy import runs, its large scripts are already on their way, once each.
import { expect, test } from '@playwright/test';
import { openPlayground, replaceCode } from './helpers.ts';

/** A script Monaco's lazy import needs is hundreds of KB; the shell's own are under 100 KB. */
const LARGE_SCRIPT_BYTES = 100 * 1024;

test('the head starts every large script, and each answers with JavaScript', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const head = html.slice(0, html.indexOf('</head>'));
  const srcs = [...head.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g)].map((match) => match[1]!);
  const sizes = await Promise.all(srcs.map(async (src) => {
    const answer = await request.get(src);
    expect(answer.status(), src).toBe(200);
    expect(answer.headers()['content-type'], src).toMatch(/javascript/);
    return { src, bytes: (await answer.body()).length };
  }));
  // Monaco's core is the largest script of the page; it must be among those the head starts.
  expect(sizes.filter((script) => script.bytes > LARGE_SCRIPT_BYTES).length).toBeGreaterThanOrEqual(2);
});

test("the editor's large chunks were requested before its lazy import, and only once", async ({ page }) => {
  const requested = new Map<string, number>();
  page.on('request', (req) => {
    if (req.url().endsWith('.js')) requested.set(req.url(), (requested.get(req.url()) ?? 0) + 1);
  });
  await openPlayground(page);
  const late = await page.evaluate((large) => {
    const importAt = performance.getEntriesByName('taskline:editor-import')[0]!.startTime;
    return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((entry) => entry.name.endsWith('.js') && entry.encodedBodySize > large / 4 && entry.startTime >= importAt)
      .map((entry) => `${entry.name} started ${Math.round(entry.startTime - importAt)} ms after the import`);
  }, LARGE_SCRIPT_BYTES);
  expect(late).toEqual([]);
  expect([...requested].filter(([, count]) => count > 1)).toEqual([]);
  // And the editor those chunks make is the one the user types into.
  await replaceCode(page, 'const typed = 1;\n');
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('const typed = 1;');
});
