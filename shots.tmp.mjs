import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--no-first-run'] });
const shots = [
  ['deadlock', 'light', 1280, 720], ['block-for', 'dark', 1280, 720], ['never-awaited', 'light', 1280, 720],
  ['semaphore-pool', 'dark', 1280, 720], ['other-tasks', 'light', 420, 900],
];
for (const [id, theme, w, h] of shots) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: theme });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto('http://localhost:3100/');
  await page.waitForSelector('[data-editor-ready]', { timeout: 90000 });
  await page.getByTestId('examples-menu').selectOption(id);
  await page.getByTestId('run-button').click();
  await page.waitForSelector('[data-testid=virtual-time]', { timeout: 60000 });
  await page.waitForTimeout(500);
  if (id === 'block-for') {
    const span = page.locator('[data-testid=timeline-span][data-kind=blocking]').first();
    if (await span.count()) await span.hover();
  }
  console.log(id, (await page.getByTestId('run-status').innerText()).replace(/\n/g, ' | '));
  await page.screenshot({ path: `/tmp/shots/${id}-${theme}-${w}.png`, fullPage: w < 800 });
  await ctx.close();
}
await browser.close();
