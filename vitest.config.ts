// Vitest: unit tests sit beside their code as *.test.ts; e2e/ belongs to Playwright.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['lib/**/*.test.ts', 'app/**/*.test.ts', 'bin/**/*.test.ts'],
    exclude: ['node_modules/**', '.tools/**', 'e2e/**'],
    pool: 'forks',
    testTimeout: 30_000,
  },
});
