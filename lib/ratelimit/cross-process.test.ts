// Several app instances share one budget on PostgreSQL: two separate Node processes, each with its
// own Prisma client, send one address's runs at once. Alone, each would admit all of its runs; the
// shared counter admits exactly the budget between them.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../db/test-support/test-databases.ts';
import { RUNS_PER_MINUTE_PER_ADDRESS } from './policy.ts';

const HIT_BUDGET = path.join(import.meta.dirname, 'test-support', 'hit-budget.ts');
/** Runs each instance sends: under the budget alone, over it together. */
const HITS_PER_INSTANCE = Math.ceil((RUNS_PER_MINUTE_PER_ADDRESS * 2) / 3);
/** Mid-window, far from the epoch, so no earlier window counts. */
const NOW_MS = 1_000 * 60_000 + 1_000;

describe('rate limits across app instances on PostgreSQL', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase('postgresql');
  }, 60_000);
  afterAll(async () => t?.drop());

  it('admits exactly the budget between two processes', async () => {
    const instance = async () => {
      const { stdout } = await promisify(execFile)(process.execPath, [HIT_BUDGET, t.url, '203.0.113.50', String(HITS_PER_INSTANCE), String(NOW_MS)]);
      return Number(stdout.trim());
    };
    const [first, second] = await Promise.all([instance(), instance()]);
    expect(HITS_PER_INSTANCE).toBeLessThan(RUNS_PER_MINUTE_PER_ADDRESS);
    expect(first + second).toBe(RUNS_PER_MINUTE_PER_ADDRESS);
  }, 60_000);
});
