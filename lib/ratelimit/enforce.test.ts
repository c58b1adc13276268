// The routes' helper against a real database: a run's sandbox time draws extra hits from the same
// budget, and the 429 names the spent budget and when to retry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../db/test-support/test-databases.ts';
import { ApiError } from '../api/errors.ts';
import { chargeRunTime, enforceRateLimit } from './enforce.ts';
import { RUN_MS_PER_EXTRA_HIT, RUNS_PER_MINUTE_PER_ADDRESS } from './policy.ts';

const from = (ip: string) => new Request('http://localhost/api/run', { method: 'POST', headers: { 'x-forwarded-for': ip } });
/** Mid-window, far from the epoch, so no earlier window counts. */
const NOW = 1_000 * 60_000 + 1_000;

describe('enforceRateLimit and chargeRunTime', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
  }, 60_000);
  afterAll(async () => t?.drop());

  async function runsAdmitted(ip: string): Promise<number> {
    for (let n = 0; ; n++) {
      try {
        await enforceRateLimit(t.db, from(ip), ['run'], NOW);
      } catch (error) {
        expect(error).toBeInstanceOf(ApiError);
        expect((error as ApiError).status).toBe(429);
        expect((error as ApiError).message).toBe(`too many runs: at most ${RUNS_PER_MINUTE_PER_ADDRESS} a minute; try again in ${(error as ApiError).retryAfterS} s`);
        return n;
      }
    }
  }

  it('charges a run one extra hit per full RUN_MS_PER_EXTRA_HIT of sandbox time', async () => {
    const client = await enforceRateLimit(t.db, from('192.0.2.10'), ['run'], NOW);
    expect(client).toEqual({ kind: 'address', id: '192.0.2.10' });
    await chargeRunTime(t.db, client, 8 * RUN_MS_PER_EXTRA_HIT + 10, NOW);
    expect(await runsAdmitted('192.0.2.10')).toBe(RUNS_PER_MINUTE_PER_ADDRESS - 1 - 8);
  });

  it('charges nothing extra for a quick run', async () => {
    const client = await enforceRateLimit(t.db, from('192.0.2.11'), ['run'], NOW);
    await chargeRunTime(t.db, client, RUN_MS_PER_EXTRA_HIT - 1, NOW);
    expect(await runsAdmitted('192.0.2.11')).toBe(RUNS_PER_MINUTE_PER_ADDRESS - 1);
  });
});
