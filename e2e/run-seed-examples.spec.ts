// The tutorial's three programs, picked from the menu and run: lanes and virtual time match it.
import { expect, test } from '@playwright/test';
import { laneNames, openPlayground, pickExample, runAndWait } from './helpers.ts';

const SEEDS = [
  // No createTask: each callApi coroutine runs inside main's task, drawn as a frame in main's lane.
  { id: 'sequential', virtual: '6.000 s', lanes: ['script', 'main'], frames: ['callApi#1', 'callApi#2'], tasks: '2 tasks' },
  { id: 'create-task', virtual: '3.000 s', lanes: ['script', 'main', 'callApi', 'callApi'] },
  { id: 'other-tasks', virtual: '3.000 s', lanes: ['script', 'main', 'showMessage', 'callApi', 'callApi'] },
];

for (const seed of SEEDS) {
  test(`seed example ${seed.id} runs to ${seed.virtual} with its lanes`, async ({ page }) => {
    await openPlayground(page);
    await pickExample(page, seed.id);
    await runAndWait(page);
    await expect(page.getByTestId('virtual-time')).toHaveText(seed.virtual);
    await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'ok');
    expect((await laneNames(page)).sort()).toEqual([...seed.lanes].sort());
    await expect(page.getByTestId('timeline-span').first()).toBeVisible();
    await expect(page.getByTestId('console-line').last()).toContainText('It took');
    if ('frames' in seed) {
      await expect(page.getByTestId('call-frame')).toHaveCount(seed.frames!.length);
      expect(await page.getByTestId('call-frame').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.taskLabel))).toEqual(seed.frames);
      await expect(page.getByTestId('run-status')).toContainText(seed.tasks!);
    }
  });
}

test('progress lines of seed 3 carry their virtual times and task', async ({ page }) => {
  await openPlayground(page);
  await pickExample(page, 'other-tasks');
  await runAndWait(page);
  const progress = page.getByTestId('console-line').filter({ hasText: 'API call is in progress' });
  await expect(progress).toHaveCount(3);
  await expect(progress.nth(0)).toContainText('1.000s');
  await expect(progress.nth(2)).toContainText('3.000s');
  await expect(progress.nth(0)).toContainText('showMessage');
});
