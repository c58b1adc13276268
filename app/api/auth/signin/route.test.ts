// Per-client limits on sign-in and sign-up through their route adapters, against a fresh SQLite
// file: the attempt past an address's budget is 429 with Retry-After, other addresses go on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTempAppDatabase } from '@/lib/db/test-support/app-database.ts';
import { database } from '@/lib/db/database.ts';
import { enforceRateLimit } from '@/lib/ratelimit/enforce.ts';
import { clientKeyFor } from '@/lib/auth/identify.ts';
import { SIGN_INS_PER_MINUTE_PER_ADDRESS, SIGN_UPS_PER_MINUTE_PER_ADDRESS, type RateLimitedAction } from '@/lib/ratelimit/policy.ts';
import { POST as signin } from './route.ts';
import { POST as signup } from '../signup/route.ts';

const ORIGIN = 'http://localhost';
const PASSWORD = 'a long enough password';

const request = (path: string, ip: string, body: unknown = {}) =>
  new Request(`${ORIGIN}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', host: 'localhost', origin: ORIGIN, 'x-forwarded-for': ip }, body: JSON.stringify(body) });

/** Uses up all but one of an address's budget through the check the routes make. */
async function spendAllButOne(action: RateLimitedAction, ip: string, budget: number): Promise<void> {
  const db = await database();
  for (let i = 0; i < budget - 1; i++) await enforceRateLimit(db, await clientKeyFor(db, request('/', ip)), [action]);
}

let cleanup: () => Promise<void>;
beforeAll(async () => {
  cleanup = useTempAppDatabase();
  expect((await signup(request('/api/auth/signup', '10.1.0.1', { username: 'carol', password: PASSWORD, role: 'student' }))).status).toBe(201);
}, 60_000);
afterAll(async () => cleanup());

describe('sign-in and sign-up rate limits', () => {
  it('refuses the sign-in past an address budget, even with the right password', async () => {
    await spendAllButOne('sign-in', '10.1.0.2', SIGN_INS_PER_MINUTE_PER_ADDRESS);
    const attempt = (ip: string) => signin(request('/api/auth/signin', ip, { username: 'carol', password: PASSWORD }));
    expect((await attempt('10.1.0.2')).status).toBe(200);
    const refused = await attempt('10.1.0.2');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(((await refused.json()) as { error: string }).error).toMatch(/^too many sign-in attempts: at most 60 a minute; try again in \d+ s$/);
    expect((await attempt('10.1.0.3')).status).toBe(200);
  });

  it('refuses the sign-up past an address budget', async () => {
    await spendAllButOne('sign-up', '10.1.0.4', SIGN_UPS_PER_MINUTE_PER_ADDRESS);
    const attempt = (ip: string, username: string) => signup(request('/api/auth/signup', ip, { username, password: PASSWORD, role: 'student' }));
    expect((await attempt('10.1.0.4', 'dave')).status).toBe(201);
    const refused = await attempt('10.1.0.4', 'erin');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await attempt('10.1.0.5', 'erin')).status).toBe(201);
  });
});
