// Every failure is located in the editor (issue 13): the loop the CPU limit stopped, read from the
// sandbox's location register rather than guessed; an exception no one retrieved; forEach(async).
import { expect, test, type Page } from '@playwright/test';
import { openPlayground, replaceCode } from './helpers.ts';

/**
 * The editor lines carrying a squiggle of this kind: Monaco draws squiggles in overlay rows and line
 * numbers in margin rows, each placed by the same `top`, so a squiggle's row names its line.
 */
async function squiggleLines(page: Page, kind: 'error' | 'warning'): Promise<number[]> {
  return page.locator('.monaco-editor').first().evaluate((editor, k) => {
    const numbers = new Map<string, number>();
    for (const row of editor.querySelectorAll<HTMLElement>('.margin-view-overlays > div')) {
      const n = Number(row.querySelector('.line-numbers')?.textContent);
      if (n) numbers.set(row.style.top, n);
    }
    const lines = [...editor.querySelectorAll(`.squiggly-${k}`)].map((el) => numbers.get((el.parentElement as HTMLElement).style.top) ?? -1);
    return [...new Set(lines)].sort((a, b) => a - b);
  }, kind);
}

async function runToEnd(page: Page): Promise<void> {
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('run-button')).not.toHaveAttribute('data-running', /.*/, { timeout: 30_000 });
}

test('the CPU limit marks the loop it stopped, not the first loop in the code', async ({ page }) => {
  await openPlayground(page);
  await replaceCode(page, [
    'for (let i = 0; i < 3; i++) console.log(i);',
    'async function main() {',
    '  await sleep(100);',
    '  function spin() {',
    '    let n = 0;',
    '    while (n >= 0) { n = (n + 1) % 5; }',
    '  }',
    '  spin();',
    '}',
    'await main();',
    '',
  ].join('\n'));
  await runToEnd(page);
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'timeout');
  const insight = page.getByTestId('insight').filter({ hasText: 'The CPU limit stopped' });
  await expect(insight).toContainText('it was in the loop on line 6');
  await expect(page.locator('.monaco-editor .squiggly-error').first()).toBeVisible();
  expect(await squiggleLines(page, 'error')).toEqual([6]);
  await page.screenshot({ path: test.info().outputPath('cpu-limit-located.png') });
});

test('a task that throws and is never awaited is a warning with its task, message and line, marked in the editor', async ({ page }) => {
  await openPlayground(page);
  await replaceCode(page, [
    "import * as asyncio from 'asyncio';",
    'async function fetchUser(id: number) {',
    '  await asyncio.sleep(1);',
    '  throw new Error(`user ${id} not found`);',
    '}',
    'async function main() {',
    '  asyncio.createTask(fetchUser(7));',
    '  await asyncio.sleep(2);',
    '  console.log("done");',
    '}',
    'asyncio.run(main());',
    '',
  ].join('\n'));
  await runToEnd(page);
  const insight = page.getByTestId('insight').filter({ hasText: 'Task exception was never retrieved' });
  await expect(insight).toContainText('fetchUser#1');
  await expect(insight).toContainText('user 7 not found');
  await expect(insight).toContainText('line 4');
  expect(await squiggleLines(page, 'warning')).toContain(4);
});

test('forEach(async …) is explained: it does not wait for its callbacks', async ({ page }) => {
  await openPlayground(page);
  await replaceCode(page, [
    'async function save(n: number) { await sleep(100 * n); console.log("saved", n); }',
    '[1, 2, 3].forEach(async (n) => { await save(n); });',
    'console.log("all saved?");',
    '',
  ].join('\n'));
  await runToEnd(page);
  await expect(page.getByTestId('insight').filter({ hasText: 'forEach' })).toBeVisible();
  expect(await squiggleLines(page, 'warning')).toContain(2);
});
