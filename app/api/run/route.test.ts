// POST /api/run end to end through the real sandbox pool: programs that fail are 200 data,
// malformed requests are 4xx with a JSON error, and one client's runs are rate-limited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST } from './route.ts';
import { sharedRunner } from '@/lib/runner/shared-pool.ts';
import { MAX_CODE_BYTES } from '@/lib/runner/limits.ts';
import type { RunResult } from '@/lib/runner/protocol.ts';
import { useTempAppDatabase } from '@/lib/db/test-support/app-database.ts';
import { database } from '@/lib/db/database.ts';
import { enforceRateLimit } from '@/lib/ratelimit/enforce.ts';
import { clientKeyFor } from '@/lib/auth/identify.ts';
import { RUNS_PER_MINUTE_PER_ADDRESS } from '@/lib/ratelimit/policy.ts';

const runRequest = (body: string, ip = '192.0.2.1') => new Request('http://localhost/api/run', { method: 'POST', body, headers: { 'x-forwarded-for': ip } });
const post = (body: string, ip?: string) => POST(runRequest(body, ip));

let cleanup: () => Promise<void>;
beforeAll(() => {
  cleanup = useTempAppDatabase();
});
afterAll(async () => {
  await sharedRunner().pool.close();
  await cleanup();
});

describe('POST /api/run', () => {
  it('runs a program and returns its RunResult', async () => {
    const response = await post(JSON.stringify({ code: 'await sleep(1500); console.log("done", [1, 2]);' }));
    expect(response.status).toBe(200);
    const result = (await response.json()) as RunResult;
    expect(result.status).toBe('ok');
    expect(result.virtualMs).toBe(1500);
    expect(result.console.map((l) => [l.t, l.text])).toEqual([[1500, 'done [ 1, 2 ]']]);
  });

  it('answers a failing program with 200 and its status', async () => {
    const response = await post(JSON.stringify({ code: 'const x: number = 1;\nthrow new TypeError("nope " + x);' }));
    expect(response.status).toBe(200);
    const result = (await response.json()) as RunResult;
    expect(result.status).toBe('error');
    expect(result.error).toMatchObject({ name: 'TypeError', message: 'nope 1', line: 2 });
  });

  it('answers a compile error with 200 and the line', async () => {
    const result = (await (await post(JSON.stringify({ code: 'let a = 1;\nlet b = ;' }))).json()) as RunResult;
    expect(result.status).toBe('compile-error');
    expect(result.error?.line).toBe(2);
  });

  it.each([
    ['malformed JSON', '{"code": ', 400],
    ['a missing code', '{}', 422],
    ['a non-string code', '{"code": 1}', 422],
    ['code over the limit', JSON.stringify({ code: 'x'.repeat(MAX_CODE_BYTES + 1) }), 413],
  ])('answers %s with %i and a JSON error', async (_name, body, status) => {
    const response = await post(body);
    expect(response.status).toBe(status);
    expect(((await response.json()) as { error: string }).error).toEqual(expect.any(String));
  });
});

describe('POST /api/run rate limit', () => {
  it("answers a client's run past its budget with 429 and Retry-After, and leaves other clients alone", async () => {
    const hostile = '198.51.100.66';
    const db = await database();
    // Spend all but one of the address's runs through the same check the route makes (without
    // running the sandbox each time); the route's own run is then the last one allowed.
    for (let i = 0; i < RUNS_PER_MINUTE_PER_ADDRESS - 1; i++) await enforceRateLimit(db, await clientKeyFor(db, runRequest('', hostile)), ['run']);
    const code = JSON.stringify({ code: 'console.log(1)' });
    expect((await post(code, hostile)).status).toBe(200);
    const refused = await post(code, hostile);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(((await refused.json()) as { error: string }).error).toMatch(/^too many runs: .* try again in \d+ s$/);
    expect((await post(code, '198.51.100.67')).status).toBe(200);
  });
});
