// Shared steps for the classroom specs: sign up through the form, join with a code, submit code
// from the assignment page, and screenshot a page in both themes.
import { expect, type Page } from '@playwright/test';
import { pasteCode } from './snippet-helpers.ts';

export const PASSWORD = 'correct horse battery';

export async function signUp(page: Page, username: string, role: 'teacher' | 'student'): Promise<void> {
  await page.goto('/signup');
  await page.getByTestId('auth-username').fill(username);
  await page.getByTestId('auth-password').fill(PASSWORD);
  await page.getByTestId(`role-${role}`).check();
  await page.getByTestId('auth-submit').click();
  await expect(page).toHaveURL(/\/classes$/);
  await expect(page.getByTestId('signed-in-as')).toContainText(username);
}

export async function joinClass(page: Page, code: string): Promise<void> {
  await page.getByTestId('join-class-input').fill(code);
  await page.getByTestId('join-class-submit').click();
  await expect(page).toHaveURL(/\/classes\/\w+$/);
}

/** Opens the assignment, pastes `code` into the editor and submits; waits for the grade. */
export async function submitCode(page: Page, assignmentPath: string, code: string): Promise<void> {
  await page.goto(assignmentPath);
  await expect(page.locator('[data-editor-ready]')).toBeVisible({ timeout: 60_000 });
  await pasteCode(page, code);
  await page.getByTestId('submit-button').click();
  await expect(page.getByTestId('grade-report')).toBeVisible({ timeout: 30_000 });
}

/** Saves /tmp/shots/classroom-<name>-<theme>.png in light and dark (the system theme, reloaded). */
export async function shootThemes(page: Page, name: string, ready: (page: Page) => Promise<void>, fullPage = false): Promise<void> {
  const dir = process.env.TASKLINE_SHOTS_DIR ?? '/tmp/shots';
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    await ready(page);
    await page.screenshot({ path: `${dir}/classroom-${name}-${colorScheme}.png`, fullPage });
  }
}
