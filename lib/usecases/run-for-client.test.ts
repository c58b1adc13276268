// runForClient and identify with a scripted pool: the behaviour every route that runs code now
// shares (DB outage, busy, code size in bytes, who is charged, priority) is tested once, here.
import { describe, expect, it } from 'vitest';
import type { SandboxPool } from '../runner/pool/sandbox-pool.ts';
import type { RunResult } from '../runner/protocol.ts';
import { busyResult } from '../runner/results.ts';
import { MAX_CODE_BYTES } from '../runner/limits.ts';
import { runResult } from '../classroom/test-support/run-result.ts';
import { errorResponse } from '../http/errors.ts';
import type { Db } from '../db/client.ts';
import type { UserRecord } from '../db/users.ts';
import { callerFor, identify } from '../auth/identify.ts';
import { admitClient, BUSY_RETRY_AFTER_S, runForClient } from './run-for-client.ts';

/** A pool that answers `answer` and records who asked. */
function scripted(answer: (code: string) => RunResult) {
  const calls: Array<{ code: string; client: string | undefined; harness: string | undefined }> = [];
  const pool = { run: async (code: string, client?: string, _signal?: AbortSignal, harness?: string) => (calls.push({ code, client, harness }), answer(code)) };
  return { calls, runner: { pool: pool as unknown as SandboxPool } };
}

const unreachable = () => Promise.reject(Object.assign(new Error("Can't reach database server"), { code: 'P1001' }));
const request = (ip = '198.51.100.7') => new Request('http://localhost/api/run', { method: 'POST', headers: { 'x-forwarded-for': ip } });

describe('runForClient', () => {
  it('runs while the database is down, queued under the address', async () => {
    const caller = await identify(request(), unreachable);
    expect(caller).toEqual({ user: null, address: '198.51.100.7', db: null });
    const { calls, runner } = scripted(() => runResult({ virtualMs: 5 }));
    expect(await runForClient(caller, 'console.log(1)', { runner })).toMatchObject({ status: 'ok', virtualMs: 5 });
    expect(calls[0]!.client).toBe('address:198.51.100.7');
  });

  it('answers a busy pool with the one 503 shape, and never returns the busy result', async () => {
    const caller = await identify(request(), unreachable);
    const { runner } = scripted(() => busyResult({ why: 'queue-full', queued: 64 }));
    const error = await runForClient(caller, '1', { runner }).catch((e: unknown) => e);
    const response = errorResponse(error);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe(String(BUSY_RETRY_AFTER_S));
    expect(await response.json()).toEqual({ error: 'every sandbox is busy; try again in a moment' });
  });

  it('detects busy by status, not by words a program can print', async () => {
    // classroom-submit once matched /status "busy"/ in reasons: a student's own error text could fake it.
    const caller = await identify(request(), unreachable);
    const { runner } = scripted(() => runResult({ status: 'error', error: { name: 'Error', message: 'status "busy"', line: 1, column: 1 } }));
    expect((await runForClient(caller, 'throw new Error(\'status "busy"\')', { runner })).status).toBe('error');
  });

  it('counts the code limit in UTF-8 bytes, not characters', async () => {
    const caller = await identify(request(), unreachable);
    const { calls, runner } = scripted(() => runResult());
    const wide = `// ${'é'.repeat(MAX_CODE_BYTES / 2)}`; // fewer characters than the limit, more bytes
    expect(wide.length).toBeLessThan(MAX_CODE_BYTES);
    const error = await runForClient(caller, wide, { runner }).catch((e: unknown) => e);
    expect(errorResponse(error).status).toBe(413);
    expect(calls).toHaveLength(0);
  });

  it('charges background work to its user, at low priority, with the harness passed on', async () => {
    const teacher = { id: 'T1', username: 'teach', role: 'teacher' } as UserRecord;
    const { calls, runner } = scripted(() => runResult());
    const runs = await admitClient({ ...callerFor(teacher, null as unknown as Db), db: null }, { priority: 'low', runner });
    await runs.run('const a = 1;', 'assert(a === 1)');
    expect(calls[0]).toEqual({ code: 'const a = 1;', client: 'low:user:T1', harness: 'assert(a === 1)' });
  });
});
