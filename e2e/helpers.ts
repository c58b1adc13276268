// Shared steps for the playground specs: wait for Monaco, pick an example, run, replace the code.
import { expect, type Page } from '@playwright/test';

export async function openPlayground(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('[data-editor-ready]')).toBeVisible({ timeout: 60_000 });
}

export async function pickExample(page: Page, id: string): Promise<void> {
  await page.getByTestId('examples-menu').selectOption(id);
}

/** Runs and waits for the finished banner (a result, not the "Running…" state). */
export async function runAndWait(page: Page): Promise<void> {
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('run-button')).not.toHaveAttribute('data-running', /.*/);
  await expect(page.getByTestId('virtual-time')).toBeVisible();
}

/** Replaces the editor's text by typing, as a user would (Monaco has no plain value to fill). */
export async function replaceCode(page: Page, code: string): Promise<void> {
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
}

export async function laneNames(page: Page): Promise<string[]> {
  return page.getByTestId('timeline-lane').evaluateAll((lanes) => lanes.map((lane) => (lane as HTMLElement).dataset.taskName ?? ''));
}
