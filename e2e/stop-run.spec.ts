// Stop halts the run on the server too (issue 13): the browser aborts its request, the route's
// request.signal reaches the pool, and the sandbox worker spinning on the program is killed and
// replaced, instead of burning CPU until the limit. Observed from /proc: this server's workers.
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { openPlayground, replaceCode, runAndWait } from './helpers.ts';

const PORT = String(process.env.TASKLINE_E2E_PORT ?? 3100);

function stat(pid: number): string[] | null {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return text.slice(text.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}
const cmdline = (pid: number) => { try { return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0'); } catch { return []; } };
const cpuTicks = (pid: number) => { const f = stat(pid); return f ? Number(f[11]) + Number(f[12]) : -1; };

/** Sandbox workers whose parent is this spec's server (bin/server.ts on PORT). */
function serverWorkers(): number[] {
  return fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e)).map(Number).filter((pid) => {
    const cmd = cmdline(pid);
    if (!cmd.includes('--no-node-snapshot') || !cmd.some((a) => a.endsWith('lib/runner/sandbox/worker.ts'))) return false;
    const parent = cmdline(Number(stat(pid)?.[1]));
    return parent.some((a) => a.endsWith('bin/server.ts')) && parent.includes(PORT);
  });
}

test('Stop kills the server-side run: its worker stops burning CPU and is replaced', async ({ page }) => {
  await openPlayground(page);
  const before = serverWorkers();
  expect(before.length).toBeGreaterThan(0);
  await replaceCode(page, 'let spins = 0;\nwhile (true) { spins++; }\n');
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('stop-button')).toBeVisible();
  // The spinning worker: the one whose CPU time grows.
  const ticks = new Map(before.map((pid) => [pid, cpuTicks(pid)]));
  let busy: number | undefined;
  await expect.poll(() => {
    busy = before.find((pid) => cpuTicks(pid) - ticks.get(pid)! >= 10); // 100 ms of CPU
    return busy;
  }, { timeout: 20_000 }).toBeDefined();
  await page.getByTestId('stop-button').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'idle');
  // Before issue 13 that worker ran on to the CPU limit and lived: the same pid, idle again.
  await expect.poll(() => stat(busy!) === null || stat(busy!)![0] === 'Z', { timeout: 15_000 }).toBe(true);
  await expect.poll(() => serverWorkers().length, { timeout: 60_000 }).toBe(before.length);
  expect(serverWorkers()).not.toContain(busy);
  // And the next run is served.
  await replaceCode(page, 'console.log("after stop");\n');
  await runAndWait(page);
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'ok');
});
