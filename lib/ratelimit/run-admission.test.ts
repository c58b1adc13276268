// admitRun against real databases: a healthy one enforces the run budget; an unreachable
// PostgreSQL lets the run through (keyed by address) instead of failing it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../db/test-support/test-databases.ts';
import { createDb } from '../db/client.ts';
import { parseDatabaseUrl } from '../db/database-url.ts';
import { CLOSED_PG_PORT } from '../db/test-support/real-faults.ts';
import { projectRoot } from '../env.ts';
import { ApiError } from '../api/errors.ts';
import { admitRun } from './run-admission.ts';
import { RUNS_PER_MINUTE_PER_ADDRESS } from './policy.ts';

const from = (ip: string) => new Request('http://localhost/api/run', { method: 'POST', headers: { 'x-forwarded-for': ip } });

describe('admitRun', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
  }, 60_000);
  afterAll(async () => t?.drop());

  it('admits runs within the budget, keyed by client, and refuses the next with 429', async () => {
    const first = await admitRun(async () => t.db, from('198.51.100.7'));
    expect(first.fairnessKey).toBe('address:198.51.100.7');
    for (let i = 1; i < RUNS_PER_MINUTE_PER_ADDRESS; i++) await admitRun(async () => t.db, from('198.51.100.7'));
    const refused = await admitRun(async () => t.db, from('198.51.100.7')).then(() => null, (e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).status).toBe(429);
  });

  it('lets the run through when PostgreSQL cannot be reached', async () => {
    const down = createDb(parseDatabaseUrl(`postgresql://postgres@127.0.0.1:${CLOSED_PG_PORT}/postgres`, projectRoot()));
    try {
      const admission = await admitRun(async () => down, from('198.51.100.8'));
      expect(admission.client).toEqual({ kind: 'address', id: '198.51.100.8' });
      await expect(admission.charge(5_000)).resolves.toBeUndefined();
    } finally {
      await down.$disconnect().catch(() => {});
    }
  }, 30_000);

  it('still fails on errors that are not an unreachable database', async () => {
    const broken = async () => {
      throw new Error('not a database fault');
    };
    await expect(admitRun(broken, from('198.51.100.9'))).rejects.toThrow('not a database fault');
  });
});
