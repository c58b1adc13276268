// Warms a freshly started production server once before the specs: the first visit compiles
// Monaco's chunks and the TypeScript worker cold, which on a busy 2-core machine can take longer
// than one spec's budget for an editable editor.
import { chromium, type FullConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../playwright.config.ts';

/** How long the first, cold visit may take before the suite gives up, in ms. */
const WARM_UP_TIMEOUT_MS = 180_000;

export default async function globalSetup(config: FullConfig): Promise<void> {
  const baseURL = config.projects[0]?.use.baseURL;
  if (!baseURL) return;
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage();
    await page.goto(baseURL, { timeout: WARM_UP_TIMEOUT_MS });
    await page.waitForSelector('[data-editor-ready]', { timeout: WARM_UP_TIMEOUT_MS });
    await page.getByTestId('run-button').click();
    await page.waitForSelector('[data-testid=virtual-time]', { timeout: WARM_UP_TIMEOUT_MS });
  } finally {
    await browser.close();
  }
}
