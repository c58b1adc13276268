// Monaco's chunks start from the document head while the shell paints: the head names them (read
// from the build's manifest, so no hashed name is written down), each answers with JavaScript, and
// by the time the editor's lazy import runs, its large scripts are already on their way, once each.
import { expect, test } from '@playwright/test';
import { openPlayground, replaceCode } from './helpers.ts';

/** Monaco's core chunk is over 2 MB unzipped; the shell's largest script (React DOM) is about 230 KB. */
const MONACO_CORE_BYTES = 1024 * 1024;

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
  // Monaco's core, by far the largest script of the page, must be among those the head starts.
  expect(sizes.filter((script) => script.bytes > MONACO_CORE_BYTES)).toHaveLength(1);
});

test("the editor's largest chunks were requested before its lazy import, and the head's scripts only once", async ({ page }) => {
  const requested = new Map<string, number>();
  page.on('request', (req) => {
    if (req.url().endsWith('.js')) requested.set(req.url(), (requested.get(req.url()) ?? 0) + 1);
  });
  await openPlayground(page);
  const late = await page.evaluate(() => {
    const importAt = performance.getEntriesByName('taskline:editor-import')[0]!.startTime;
    const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((entry) => entry.name.endsWith('.js'))
      .sort((a, b) => b.encodedBodySize - a.encodedBodySize);
    // Monaco's core and its editor chunk, the two largest; Monaco's TypeScript mode still comes
    // later, from Monaco's own import() once the editor's model exists.
    return scripts.slice(0, 2)
      .filter((entry) => entry.startTime >= importAt)
      .map((entry) => `${entry.name} started ${Math.round(entry.startTime - importAt)} ms after the import`);
  });
  expect(late).toEqual([]);
  // The chunk loader reused each script the head started (workers fetch their own, so only these count).
  const headScripts = await page.evaluate(() => [...document.querySelectorAll<HTMLScriptElement>('head script[src]:not([nomodule])')].map((script) => script.src));
  expect(headScripts.filter((src) => (requested.get(src) ?? 0) !== 1)).toEqual([]);
  // And the editor those chunks make is the one the user types into.
  await replaceCode(page, 'const typed = 1;\n');
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('const typed = 1;');
});
