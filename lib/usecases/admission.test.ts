// identify + admitClient against real databases (moved from the old per-route admitRun): a healthy
// one enforces the run budget; an unreachable PostgreSQL lets the run through, keyed by address.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../db/test-support/test-databases.ts';
import { createDb } from '../db/client.ts';
import { parseDatabaseUrl } from '../db/database-url.ts';
import { CLOSED_PG_PORT } from '../db/test-support/real-faults.ts';
import { projectRoot } from '../env.ts';
import { ApiError } from '../api-error.ts';
import type { SandboxPool } from '../runner/pool/sandbox-pool.ts';
import { runResult } from '../classroom/test-support/run-result.ts';
import { RUNS_PER_MINUTE_PER_ADDRESS } from '../ratelimit/policy.ts';
import { identify } from '../auth/identify.ts';
import { admitClient, runForClient } from './run-for-client.ts';

const from = (ip: string, cookie?: string) =>
  new Request('http://localhost/api/run', { method: 'POST', headers: { 'x-forwarded-for': ip, ...(cookie ? { cookie } : {}) } });
const clients: string[] = [];
const runner = { pool: { run: async (_code: string, client?: string) => (clients.push(client ?? ''), runResult({ stats: { wallMs: 5_000, cpuMs: 1, events: 0, truncated: false } })) } as unknown as SandboxPool };

describe('admission', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
  }, 60_000);
  afterAll(async () => t?.drop());

  it('admits runs within the budget, keyed by client, and refuses the next with 429', async () => {
    const caller = await identify(from('198.51.100.7'), async () => t.db);
    for (let i = 0; i < RUNS_PER_MINUTE_PER_ADDRESS; i++) await admitClient(caller, { runner });
    const refused = await admitClient(caller, { runner }).then(() => null, (e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).status).toBe(429);
  });

  it('lets the run through when PostgreSQL cannot be reached, even with a session cookie', async () => {
    const down = createDb(parseDatabaseUrl(`postgresql://postgres@127.0.0.1:${CLOSED_PG_PORT}/postgres`, projectRoot()));
    try {
      const caller = await identify(from('198.51.100.8', 'tl_session=abc'), async () => down);
      expect(caller).toMatchObject({ user: null, address: '198.51.100.8' });
      await expect(runForClient(caller, 'console.log(1)', { runner })).resolves.toMatchObject({ status: 'ok' });
      expect(clients.at(-1)).toBe('address:198.51.100.8');
    } finally {
      await down.$disconnect().catch(() => {});
    }
  }, 30_000);

  it('still fails on errors that are not an unreachable database', async () => {
    const broken = async () => {
      throw new Error('not a database fault');
    };
    await expect(identify(from('198.51.100.9'), broken)).rejects.toThrow('not a database fault');
  });
});
