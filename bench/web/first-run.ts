// First-run latency as a visitor sees it: click Run in a fresh browser session (and once after the
// server sat idle), and click Run straight after a run that hit a limit, timed until the run's own
// output is on screen. Each program is unique, so the result cache answers none of them.
import os from 'node:os';
import type { Browser, Page } from '@playwright/test';
import { percentile } from '../runner/measure.ts';

/** Programs that hit a limit: the CPU limit (the worker lives on) and the memory limit (the worker is replaced). */
const LIMIT_PROGRAMS = {
  cpu: "console.log('spinning');\nwhile (true);\n",
  memory: "const s = ''.padEnd(2 ** 29 - 24, 'ab');\nconsole.log(s.length, s.indexOf('x'));\n",
} as const;

/**
 * A small asynchronous program whose console line names it, so its result is told from any other.
 * No braces: typed into Monaco, they would be auto-closed into a compile error.
 */
const quickProgram = (tag: string) =>
  `const step = (n: number) => sleep(100 * n).then(() => n);\nconst [a, b] = await Promise.all([step(1), step(2)]);\nconsole.log('${tag}', a + b);\n`;

export interface Timed {
  /** Click to the program's output on screen, in ms. */
  shownMs: number;
  /** The POST /api/run request alone (network and server), in ms. */
  requestMs: number;
  /** The run inside its worker (compile and isolate, the result's stats.wallMs), in ms. */
  workerMs: number;
}

async function replaceCode(page: Page, code: string): Promise<void> {
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
}

/** Longest a timed run may take before the bench gives up on it, in ms. */
const RUN_TIMEOUT_MS = 60_000;

/** Clicks Run and times, in the page, until a console line containing `expect` is shown. */
async function clickRun(page: Page, expect: string): Promise<Timed> {
  const answer = page.waitForResponse((response) => response.url().endsWith('/api/run'), { timeout: RUN_TIMEOUT_MS });
  const inPage = await page.evaluate(async ([text, timeoutMs]) => {
    performance.clearResourceTimings();
    const button = document.querySelector('[data-testid=run-button]') as HTMLButtonElement;
    const start = performance.now();
    button.click();
    const shown = () => [...document.querySelectorAll('[data-testid=console-line]')].some((line) => line.textContent?.includes(text));
    while (!shown()) {
      if (performance.now() - start > timeoutMs) {
        throw new Error(`no output after ${timeoutMs} ms: ${document.querySelector('[data-testid=run-status]')?.textContent}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const shownMs = performance.now() - start;
    const request = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((entry) => entry.name.endsWith('/api/run'));
    return { shownMs, requestMs: request ? request.responseEnd - request.startTime : NaN };
  }, [expect, RUN_TIMEOUT_MS] as const);
  const { stats } = (await (await answer).json()) as { stats: { wallMs: number } };
  return { ...inPage, workerMs: stats.wallMs };
}

/** Waits, without timing, for a run's status to be `status` (a limit run ends in timeout or memory). */
async function runUntilStatus(page: Page, statuses: readonly string[]): Promise<string> {
  await page.getByTestId('run-button').click();
  const banner = page.locator(`[data-testid=run-status]:is(${statuses.map((s) => `[data-status="${s}"]`).join(',')})`);
  await banner.waitFor({ timeout: 60_000 });
  return (await banner.getAttribute('data-status')) ?? '';
}

let visitors = 0;

/**
 * A new visitor: a fresh browser context from its own address (the bench server trusts
 * X-Forwarded-For, bin/bench-server), so no visitor's rate-limit budget or heaviness is another's.
 */
async function freshPage(browser: Browser, url: string): Promise<Page> {
  visitors++;
  const address = `10.13.${visitors >> 8}.${visitors & 255}`;
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, extraHTTPHeaders: { 'x-forwarded-for': address } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('[data-editor-ready]', { timeout: 60_000 });
  return page;
}

/** A new visitor's first run (new browser context, nothing cached in the page). */
export async function firstRun(browser: Browser, url: string, tag: string): Promise<Timed> {
  const page = await freshPage(browser, url);
  try {
    await replaceCode(page, quickProgram(tag));
    return await clickRun(page, tag);
  } finally {
    await page.context().close();
  }
}

/** A run clicked as soon as a limit-hitting run (of `kind`) has answered, in the same session. */
export async function runAfterLimit(browser: Browser, url: string, kind: keyof typeof LIMIT_PROGRAMS, tag: string): Promise<Timed & { limitStatus: string }> {
  const page = await freshPage(browser, url);
  try {
    await replaceCode(page, LIMIT_PROGRAMS[kind]);
    const limitStatus = await runUntilStatus(page, ['timeout', 'memory', 'limit', 'crash']);
    await replaceCode(page, quickProgram(tag));
    return { ...(await clickRun(page, tag)), limitStatus };
  } finally {
    await page.context().close();
  }
}

const load = () => os.loadavg().map((n) => n.toFixed(2)).join(' ');

/** Prints p50/p90 of a sample set and the load average as `name: value` lines. */
export function printFigures(name: string, samples: Timed[]): void {
  const shown = samples.map((s) => s.shownMs);
  const request = samples.map((s) => s.requestMs);
  const worker = samples.map((s) => s.workerMs);
  console.log(`${name}_p50_ms: ${percentile(shown, 50).toFixed(0)}`);
  console.log(`${name}_p90_ms: ${percentile(shown, 90).toFixed(0)}`);
  // Where the time went: the request (queue, worker, HTTP) and the run inside its worker.
  console.log(`${name}_request_p90_ms: ${percentile(request, 90).toFixed(0)}`);
  console.log(`${name}_in_worker_p90_ms: ${percentile(worker, 90).toFixed(0)}`);
  console.log(`${name}_samples: ${samples.length} (max ${Math.max(...shown).toFixed(0)} ms; load average ${load()})`);
}
