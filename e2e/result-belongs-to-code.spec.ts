// A result always belongs to the code beside it: a new example clears the old run, an edit marks
// the run "code changed" with the diff a click away, and Ctrl+Enter right after a paste runs the
// pasted code, not what React last rendered.
import { expect, test } from '@playwright/test';
import { openPlayground, pickExample, replaceCode, runAndWait } from './helpers.ts';
import { pasteCode } from './snippet-helpers.ts';

test('choosing another example clears the previous result', async ({ page }) => {
  await openPlayground(page);
  await pickExample(page, 'create-task');
  await runAndWait(page);
  await expect(page.getByTestId('virtual-time')).toHaveText('3.000 s');
  await pickExample(page, 'sequential');
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'idle');
  await expect(page.getByTestId('virtual-time')).toHaveCount(0);
  await expect(page.getByTestId('timeline-lane')).toHaveCount(0);
});

test('editing after a run marks it "code changed since this run" and shows the diff', async ({ page }) => {
  await openPlayground(page);
  await pickExample(page, 'sequential');
  await runAndWait(page);
  await expect(page.getByTestId('stale-notice')).toHaveCount(0);
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.insertText('\nconsole.log("added");');
  await expect(page.getByTestId('stale-notice')).toContainText('Code changed since this run');
  await page.getByTestId('show-diff').click();
  await expect(page.getByTestId('code-diff').locator('[data-kind="added"]').filter({ hasText: 'console.log("added");' })).toHaveCount(1);
  await expect(page.getByTestId('code-diff').locator('[data-kind="removed"]')).toHaveCount(0);
  // Running the edited code makes the result current again.
  await runAndWait(page);
  await expect(page.getByTestId('stale-notice')).toHaveCount(0);
});

test('Ctrl+Enter right after a paste runs the pasted code', async ({ page }) => {
  await openPlayground(page);
  await replaceCode(page, '');
  const pasted = 'await sleep(1234);\nconsole.log("pasted");\n';
  const request = page.waitForRequest((req) => req.url().endsWith('/api/run'));
  // Paste and press Ctrl+Enter in one task, before React can re-render: the run must still use
  // the editor's content at the keypress.
  await page.locator('.monaco-editor .view-lines').click();
  await page.evaluate((text) => {
    const target = document.activeElement as HTMLElement;
    const data = new DataTransfer();
    data.setData('text/plain', text);
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    const event = new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', ctrlKey: true, bubbles: true, cancelable: true });
    Object.defineProperty(event, 'keyCode', { get: () => 13 });
    Object.defineProperty(event, 'which', { get: () => 13 });
    target.dispatchEvent(event);
  }, pasted);
  expect(JSON.parse((await request).postData() ?? '{}').code).toBe(pasted);
  await expect(page.getByTestId('virtual-time')).toHaveText('1.234 s');
});

test('Stop appears while a run is in flight and abandons it', async ({ page }) => {
  await openPlayground(page);
  // The run never answers: only Stop can end it.
  await page.route('**/api/run', () => {});
  await expect(page.getByTestId('stop-button')).toHaveCount(0);
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('run-button')).toHaveAttribute('data-running', 'true');
  // While running, the "Ctrl ↵" badge stays on one line.
  const kbd = page.locator('.run-button__kbd');
  const box = await kbd.boundingBox();
  expect(box!.height).toBeLessThan(24);
  await page.getByTestId('stop-button').click();
  await expect(page.getByTestId('run-button')).not.toHaveAttribute('data-running', /.*/);
  await expect(page.getByTestId('stop-button')).toHaveCount(0);
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'idle');
});

test('compare with the previous run: both runs on one axis and "3.000 s faster"', async ({ page }) => {
  await openPlayground(page);
  await pickExample(page, 'sequential');
  await runAndWait(page);
  await expect(page.getByTestId('compare-previous')).toHaveCount(0);
  await pasteCode(page, [
    'async function callApi(message: string, result = 1000, delay = 3): Promise<number> {',
    '  console.log(message);', '  await asyncio.sleep(delay);', '  return result;', '}',
    'async function main() {',
    '  const [a, b] = await asyncio.gather(callApi("GOOG", 300), callApi("APPL", 400));',
    '  console.log(a, b);', '}', 'asyncio.run(main());', '',
  ].join('\n'));
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('virtual-time')).toHaveText('3.000 s');
  await page.getByTestId('compare-previous-toggle').click();
  await expect(page.getByTestId('compare-summary')).toContainText('Previous run 6.000 s vs this run 3.000 s — 3.000 s faster');
  await expect(page.getByTestId('compare-run')).toHaveCount(2);
});

test('the editor label names Ctrl+Enter and Ctrl+M', async ({ page }) => {
  await openPlayground(page);
  // Monaco takes input through an EditContext element in Chromium, a textarea elsewhere.
  const label = await page.locator('.monaco-editor .native-edit-context, .monaco-editor textarea').first().getAttribute('aria-label');
  expect(label).toContain('Control+Enter');
  expect(label).toContain('Control+M');
});

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('Run scrolls the result into view', async ({ page }) => {
    await openPlayground(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByTestId('run-button').click();
    await expect(page.getByTestId('virtual-time')).toBeVisible();
    await expect(page.getByTestId('run-status')).toBeInViewport();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  });
  // Run itself scrolls: before issue 13 only the console's newest line was scrolled into view, so a
  // program that prints nothing left the phone showing the editor.
  test('Run scrolls to the result of a program that prints nothing', async ({ page }) => {
    await openPlayground(page);
    await replaceCode(page, 'await sleep(1000);\n');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByTestId('run-button').click();
    await expect(page.getByTestId('virtual-time')).toHaveText('1.000 s');
    await expect(page.getByTestId('run-status')).toBeInViewport();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  });
});
