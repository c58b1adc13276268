// Vitest: unit tests sit beside their code as *.test.ts; e2e/ belongs to Playwright.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['lib/**/*.test.ts', 'app/**/*.test.ts', 'bin/**/*.test.ts', 'bench/**/*.test.ts'],
    exclude: ['node_modules/**', '.tools/**', 'e2e/**'],
    pool: 'forks',
    // Each run's temporary files in a folder of its own, checked for leftovers at the end.
    globalSetup: ['lib/repository/temp-folders.global-setup.ts'],
    testTimeout: 30_000,
  },
});
