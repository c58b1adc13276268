// The security headers as a browser gets them: a CSP on every page and API answer, the playground
// (Monaco, its workers, a run) working under it with zero violations, and framing open for
// /embed/<id> alone.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { openPlayground, replaceCode, runAndWait } from './helpers.ts';
import { CREATE_TASK_CODE, saveSnippet } from './snippet-helpers.ts';

/** Directive name → sources of a CSP header. */
function csp(header: string | undefined): Map<string, string[]> {
  expect(header, 'Content-Security-Policy header').toBeTruthy();
  return new Map(header!.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources]));
}

function expectBaseline(headers: Record<string, string>): void {
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
}

/** CSP violations as the page's documents report them, plus the browser's console reports (workers included). */
async function recordViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) seen.push(`console: ${message.text()}`);
  });
  await page.exposeFunction('reportCspViolation', (text: string) => seen.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation(t: string): void }).reportCspViolation(`${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  return seen;
}

/** A page on another origin (a throwaway loopback server) that frames `target`. */
async function framingSite(target: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_request, response) => {
    response.setHeader('content-type', 'text/html');
    response.end(`<!doctype html><title>Other site</title><iframe title="framed" src="${target}" width="900" height="500"></iframe>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

test('pages, the embed and the API answer with their security headers', async ({ request }) => {
  const created = await saveSnippet(request, 'Headers', CREATE_TASK_CODE);
  for (const path of ['/', created.url]) {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expectBaseline(response.headers());
    const policy = csp(response.headers()['content-security-policy']);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    const scripts = policy.get('script-src')!;
    expect(scripts).toContain("'strict-dynamic'");
    expect(scripts.filter((source) => source.startsWith("'nonce-"))).toHaveLength(1);
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(response.headers()['x-frame-options']).toBe('DENY');
  }
  const nonces = await Promise.all([1, 2].map(async () => csp((await request.get('/')).headers()['content-security-policy']).get('script-src')!.find((s) => s.startsWith("'nonce-"))));
  expect(nonces[0]).not.toBe(nonces[1]); // fresh for every document

  const embed = await request.get(`/embed/${created.id}`);
  expectBaseline(embed.headers());
  expect(csp(embed.headers()['content-security-policy']).get('frame-ancestors')).toEqual(['*']);
  expect(embed.headers()['x-frame-options']).toBeUndefined();

  const run = await request.post('/api/run', { data: { code: 'console.log(1)' } });
  expect(run.status()).toBe(200);
  expectBaseline(run.headers());
  expect(csp(run.headers()['content-security-policy']).get('default-src')).toEqual(["'none'"]);
});

test('the playground loads Monaco, type-checks, runs and shows output with no CSP violation', async ({ page }, testInfo) => {
  const violations = await recordViolations(page);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await openPlayground(page);
  await replaceCode(page, 'const n: number = "not a number";\n');
  // only Monaco's TypeScript worker reports type errors: the worker started under the policy
  await expect(page.locator('.monaco-editor .squiggly-error').first()).toBeVisible({ timeout: 30_000 });
  await replaceCode(page, 'await sleep(1500);\nconsole.log("under the policy");\n');
  await runAndWait(page);
  await expect(page.getByTestId('virtual-time')).toContainText('1.500');
  await expect(page.getByTestId('console-line').last()).toContainText('under the policy');
  await expect(page.locator('.monaco-editor .squiggly-error')).toHaveCount(0); // re-checked by the worker
  await page.screenshot({ path: testInfo.outputPath('playground-under-csp.png') });
  testInfo.annotations.push({ type: 'workers', description: workers.join(', ') });
  expect(workers.length).toBeGreaterThan(0);
  expect(violations).toEqual([]);
});

test('an unknown URL and the pre-paint theme script work under the policy too', async ({ page }) => {
  const violations = await recordViolations(page);
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByTestId('page-not-found')).toBeVisible();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', /^(light|dark)$/); // set by the hashed inline script
  await expect(page.locator('[data-editor-ready]')).toBeVisible({ timeout: 60_000 });
  expect(violations).toEqual([]);
});

test('another site may frame /embed/<id> but not the playground', async ({ page, request, baseURL }) => {
  const created = await saveSnippet(request, 'Framed', CREATE_TASK_CODE);
  const embed = await framingSite(`${baseURL}/embed/${created.id}`);
  try {
    await page.goto(embed.url);
    await expect(page.frameLocator('iframe[title=framed]').getByTestId('timeline-lane')).toHaveCount(4);
  } finally {
    embed.server.close();
  }

  const refusals: string[] = [];
  page.on('console', (message) => {
    if (/frame-ancestors/.test(message.text())) refusals.push(message.text());
  });
  const playground = await framingSite(`${baseURL}/`);
  try {
    await page.goto(playground.url);
    await expect.poll(() => refusals.length).toBeGreaterThan(0);
    const framed = page.frames().find((frame) => frame !== page.mainFrame());
    expect(framed?.url()).not.toContain(new URL(baseURL!).host);
    await expect(page.frameLocator('iframe[title=framed]').getByTestId('examples-menu')).toHaveCount(0);
  } finally {
    playground.server.close();
  }
});
