// Every example in examples/ (the playground's menu) runs as its lesson says; the tutorial's three print
// exactly the tutorial's output (asyncio's round order: progress ×3 before the prices).
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxPool } from '../runner/pool/sandbox-pool.ts';
import { runCode } from '../runner/run-code.ts';
import { loadExamples } from './catalog.ts';

let pool: SandboxPool;
beforeAll(() => {
  pool = new SandboxPool({ workerScript: path.join(import.meta.dirname, '../runner/sandbox/worker.ts'), size: 2 });
});
afterAll(() => pool.close());

const GOOG = 'Get stock price of GOOG...', APPL = 'Get stock price of APPL...', PROGRESS = 'API call is in progress...';
const TUTORIAL: Record<string, { stdout: string[]; virtualMs: number }> = {
  sequential: { stdout: [GOOG, '300', APPL, '400', 'It took 6 second(s) to complete.'], virtualMs: 6000 },
  'create-task': { stdout: [GOOG, APPL, '300', '300', 'It took 3 second(s) to complete.'], virtualMs: 3000 },
  'other-tasks': { stdout: [GOOG, APPL, PROGRESS, PROGRESS, PROGRESS, '300', '300', 'It took 3 second(s) to complete.'], virtualMs: 3000 },
};
/** Examples that end otherwise on purpose. */
const STATUS: Record<string, string> = { deadlock: 'deadlock' };

describe('the examples menu', () => {
  it.each(loadExamples().map((e) => [e.id, e] as const))('%s runs as its lesson says', async (id, example) => {
    const r = await runCode(example.code, { pool });
    expect(r.status, JSON.stringify(r.error)).toBe(STATUS[id] ?? 'ok');
    const expected = TUTORIAL[id];
    if (expected) {
      expect(r.console.map((l) => l.text)).toEqual(expected.stdout);
      expect(r.virtualMs).toBe(expected.virtualMs);
    }
    console.info(`${id} (${r.virtualMs} ms): ${r.console.map((l) => l.text).join(' | ')} || ${r.warnings.map((w) => w.message).join(' | ')}`);
  });
});
