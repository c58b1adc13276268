// The playhead steps event by event with the arrow keys, showing each task's activity and the
// console as it stood at that instant.
import { expect, test } from '@playwright/test';
import { openPlayground, pickExample, runAndWait } from './helpers.ts';

test('the playhead steps through events', async ({ page }) => {
  await openPlayground(page);
  await pickExample(page, 'other-tasks');
  await runAndWait(page);
  const playhead = page.getByRole('slider', { name: 'Playhead' });
  const readout = page.getByTestId('playhead-readout');
  await playhead.focus();
  await page.keyboard.press('Home');
  await expect(readout).toContainText('0.000 s');
  await page.keyboard.press('ArrowRight');
  await expect(readout).toContainText('1.000 s');
  await expect(playhead).toHaveAttribute('aria-valuenow', '1000');
  // At 1 s only the two price requests and the first progress line have been printed.
  await expect(page.locator('[data-testid=console-line]:not([data-future])')).toHaveCount(3);
  // Pick the first callApi lane: it is waiting on its sleep.
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await expect(playhead).toHaveAttribute('aria-valuetext', /callApi#1 is waiting for sleep 3 s/);
  // The readout under the chart names every task at that instant.
  await expect(readout).toContainText('callApi#1 sleeps until 3 s');
  await page.keyboard.press('End');
  await expect(page.locator('[data-testid=console-line][data-future]')).toHaveCount(0);
});

test('hovering a span shows its detail', async ({ page }) => {
  await openPlayground(page);
  await pickExample(page, 'sequential');
  await runAndWait(page);
  await page.locator('[data-testid=timeline-span][data-kind=waiting]').first().hover();
  await expect(page.getByRole('tooltip')).toContainText('Waiting');
});
