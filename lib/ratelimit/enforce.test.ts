// The routes' helper against a real database: a run needs sandbox time left, a finished run pays
// for its time past the free part, and each 429 names the spent budget and when to retry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../db/test-support/test-databases.ts';
import { ApiError } from '../api-error.ts';
import { chargeRunTime, enforceRateLimit } from './enforce.ts';
import { clientKeyFor } from '../auth/identify.ts';
import { FREE_SANDBOX_MS_PER_RUN, RUNS_PER_MINUTE_PER_ADDRESS, SANDBOX_MS_PER_MINUTE_PER_ADDRESS } from './policy.ts';

const from = (ip: string) => new Request('http://localhost/api/run', { method: 'POST', headers: { 'x-forwarded-for': ip } });
/** Mid-window, far from the epoch, so no earlier window counts. */
const NOW = 1_000 * 60_000 + 1_000;

describe('enforceRateLimit and chargeRunTime', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
  }, 60_000);
  afterAll(async () => t?.drop());

  const refusal = async (ip: string): Promise<ApiError> => {
    const error = await enforceRateLimit(t.db, await clientKeyFor(t.db, from(ip)), ['run'], NOW).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  };

  it('refuses the run after the count budget, naming it', async () => {
    for (let i = 0; i < RUNS_PER_MINUTE_PER_ADDRESS; i++) await enforceRateLimit(t.db, await clientKeyFor(t.db, from('192.0.2.10')), ['run'], NOW);
    const error = await refusal('192.0.2.10');
    expect(error.status).toBe(429);
    expect(error.message).toBe(`too many runs: at most ${RUNS_PER_MINUTE_PER_ADDRESS} a minute; try again in ${error.retryAfterS} s`);
  });

  it('refuses runs once their sandbox time past the free part has used the time budget', async () => {
    const client = await enforceRateLimit(t.db, await clientKeyFor(t.db, from('192.0.2.11')), ['run'], NOW);
    expect(client).toEqual({ kind: 'address', id: '192.0.2.11' }); // an address has no second key
    // Quick runs cost no time at all.
    await chargeRunTime(t.db, client, FREE_SANDBOX_MS_PER_RUN, NOW);
    await enforceRateLimit(t.db, await clientKeyFor(t.db, from('192.0.2.11')), ['run'], NOW);
    // One slow run leaves 1 ms of budget: still room; one more ms and the next run is refused.
    await chargeRunTime(t.db, client, FREE_SANDBOX_MS_PER_RUN + SANDBOX_MS_PER_MINUTE_PER_ADDRESS - 1, NOW);
    await enforceRateLimit(t.db, await clientKeyFor(t.db, from('192.0.2.11')), ['run'], NOW);
    await chargeRunTime(t.db, client, FREE_SANDBOX_MS_PER_RUN + 1, NOW);
    const error = await refusal('192.0.2.11');
    expect(error.message).toMatch(/^your runs used too much sandbox time: at most 20 s a minute beyond 100 ms per run; try again in \d+ s$/);
    // Saves draw on their own budget.
    await enforceRateLimit(t.db, await clientKeyFor(t.db, from('192.0.2.11')), ['save'], NOW);
  });
});
