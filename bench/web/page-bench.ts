// Page figures on a production build, driven by Playwright + Debian Chromium, printed as
// `name: value` lines: time to an editable editor, JS fetched before the lazy Monaco import,
// timeline render time for 5,000 spans, and a visitor's first run (first-run.ts). Expects the
// production server on BENCH_URL (default :3100), freshly started for the first-run figures.
import { chromium, type Browser } from '@playwright/test';
import { syntheticTrace } from '../../e2e/test-support/synthetic-trace.ts';
import { firstRun, printFigures, runAfterLimit, type Timed } from './first-run.ts';

const URL = process.env.BENCH_URL ?? 'http://localhost:3100/';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
/** Visitors timed for the first-run figures (p90 of 10 is the second slowest). */
const FIRST_RUN_ROUNDS = Number(process.env.BENCH_FIRST_RUN_ROUNDS ?? 10);
/** How long the server sits idle before the after-idle first run, in ms. */
const IDLE_MS = Number(process.env.BENCH_IDLE_MS ?? 30_000);
const LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One cold visit (fresh context, empty cache): editor-ready time and JS bytes before/after the lazy import. */
async function coldVisit(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(URL);
  await page.waitForSelector('[data-editor-ready]', { timeout: 30_000 });
  const figures = await page.evaluate(() => {
    const mark = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    const importAt = mark('taskline:editor-import');
    const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((entry) => entry.initiatorType === 'script' || entry.name.endsWith('.js'));
    const bytes = (list: PerformanceResourceTiming[]) => list.reduce((sum, entry) => sum + entry.encodedBodySize, 0);
    return {
      readyMs: mark('taskline:editor-ready'),
      jsBeforeEditor: bytes(scripts.filter((entry) => entry.startTime < importAt)),
      jsTotal: bytes(scripts),
    };
  });
  await context.close();
  return figures;
}

/** Renders a 5,000-span trace (answered by a stubbed /api/run) and reads the page's own measure. */
async function timelineRender(browser: Browser, taskCount: number, spansPerTask: number) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const body = JSON.stringify(syntheticTrace(taskCount, spansPerTask));
  await page.route('**/api/run', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  await page.goto(URL);
  await page.waitForSelector('[data-editor-ready]');
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    await page.evaluate(() => performance.clearMeasures('taskline:timeline-render'));
    await page.getByTestId('run-button').click();
    await page.waitForFunction(() => performance.getEntriesByName('taskline:timeline-render').length > 0);
    samples.push(await page.evaluate(() => performance.getEntriesByName('taskline:timeline-render')[0].duration));
  }
  // Scrubbing: 20 playhead steps, time per step until the next frame.
  await page.getByRole('slider', { name: 'Playhead' }).focus();
  const stepMs = await page.evaluate(async () => {
    const slider = document.querySelector('[data-testid=playhead]') as HTMLElement;
    const start = performance.now();
    for (let i = 0; i < 20; i++) {
      slider.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      await new Promise(requestAnimationFrame);
    }
    return (performance.now() - start) / 20;
  });
  await context.close();
  return { renderMs: median(samples), stepMs };
}

/** First runs before anything else touches the server (the first is right after it started), then after idling. */
async function firstRunFigures(browser: Browser) {
  const first: Timed[] = [];
  for (let i = 0; i < FIRST_RUN_ROUNDS; i++) first.push(await firstRun(browser, URL, `first-${Date.now()}-${i}`));
  console.log(`first_run_after_server_start_ms: ${first[0]!.shownMs.toFixed(0)}`);
  printFigures('first_run', first);
  await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
  const idle = await firstRun(browser, URL, `idle-${Date.now()}`);
  console.log(`first_run_after_${IDLE_MS / 1000}s_idle_ms: ${idle.shownMs.toFixed(0)}`);
  const afterLimit: Timed[] = [];
  const statuses = new Set<string>();
  for (let i = 0; i < FIRST_RUN_ROUNDS; i++) {
    const kind = i % 2 === 0 ? 'cpu' : 'memory';
    const timed = await runAfterLimit(browser, URL, kind, `after-${kind}-${Date.now()}-${i}`);
    statuses.add(`${kind}→${timed.limitStatus}`);
    afterLimit.push(timed);
  }
  console.log(`run_after_limit_programs: ${[...statuses].join(', ')}`);
  printFigures('run_after_limit', afterLimit);
}

const browser = await chromium.launch(LAUNCH);
try {
  await firstRunFigures(browser);
  await coldVisit(browser); // warms the server's caches, not the browser's
  const visits = [];
  for (let i = 0; i < ROUNDS; i++) visits.push(await coldVisit(browser));
  console.log(`page_editor_ready_ms_p50: ${median(visits.map((v) => v.readyMs)).toFixed(0)}`);
  console.log(`page_js_before_editor_kb: ${(visits[0].jsBeforeEditor / 1024).toFixed(1)}`);
  console.log(`page_js_total_kb: ${(visits[0].jsTotal / 1024).toFixed(1)}`);
  const wide = await timelineRender(browser, 50, 100);
  console.log(`timeline_render_5000_spans_50_lanes_ms: ${wide.renderMs.toFixed(1)}`);
  console.log(`timeline_playhead_step_ms: ${wide.stepMs.toFixed(1)}`);
  const tall = await timelineRender(browser, 1000, 5);
  console.log(`timeline_render_5000_spans_1000_lanes_ms: ${tall.renderMs.toFixed(1)}`);
} finally {
  await browser.close();
}
