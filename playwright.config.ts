// Playwright: end-to-end specs in e2e/ against a production build on port 3100, using the
// system's Debian Chromium (browsers can't be downloaded here).
import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.TASKLINE_E2E_PORT ?? 3100);

export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

export default defineConfig({
  testDir: 'e2e',
  testIgnore: ['test-support/**'],
  globalSetup: './e2e/global-setup.ts',
  timeout: 120_000,
  expect: { timeout: 20_000 },
  fullyParallel: true,
  // One worker: the editor's TypeScript service and the sandbox pool share this small machine.
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://localhost:${PORT}`,
    viewport: { width: 1280, height: 720 },
    launchOptions: chromiumLaunchOptions,
    trace: 'retain-on-failure',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 720 }, launchOptions: chromiumLaunchOptions } }],
  webServer: {
    command: `npx next build && NODE_ENV=production node bin/server.ts -p ${PORT}`,
    url: `http://localhost:${PORT}`,
    // Never test whatever else answers on the port: a stale server would test old code.
    reuseExistingServer: false,
    // next build alone takes 2–5 min on this 2-core machine, more under load.
    timeout: 480_000,
  },
});
