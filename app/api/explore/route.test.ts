// POST /api/explore end to end through the real sandbox pool, and POST /api/run replaying one of
// the schedules it found: the same JSON as the CLI, 4xx for malformed requests, the run budget.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST } from './route.ts';
import { POST as RUN } from '../run/route.ts';
import { sharedRunner } from '@/lib/runner/shared-pool.ts';
import type { RunResult } from '@/lib/runner/protocol.ts';
import type { ExploreReport } from '@/lib/runner/explore/report.ts';
import { useTempAppDatabase } from '@/lib/db/test-support/app-database.ts';
import { database } from '@/lib/db/database.ts';
import { enforceRateLimit } from '@/lib/ratelimit/enforce.ts';
import { clientKeyFor } from '@/lib/auth/identify.ts';
import { RUNS_PER_MINUTE_PER_ADDRESS } from '@/lib/ratelimit/policy.ts';
import { example } from '@/lib/examples/catalog.ts';
import { MAX_WALL_MS } from '@/lib/runner/limits.ts';

// Read lazily: example() reads env(), which must not be frozen before useTempAppDatabase() points it at a temp file.
const bankRace = () => example('race-bank');

const request = (path: string, body: unknown, ip = '192.0.2.7') =>
  new Request(`http://localhost/api/${path}`, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'x-forwarded-for': ip } });

let cleanup: () => Promise<void>;
beforeAll(() => { cleanup = useTempAppDatabase(); });
afterAll(async () => {
  await sharedRunner().pool.close();
  await cleanup();
});

describe('POST /api/explore', () => {
  it('explores the bank race: two outcomes in four orderings, exhaustive; each schedule replays through /api/run', async () => {
    const response = await POST(request('explore', { code: bankRace().code }));
    expect(response.status).toBe(200);
    const report = (await response.json()) as ExploreReport;
    expect(report).toMatchObject({ explored: 4, exhaustive: true, budget: 1_000, jitter: 0 });
    expect(report.outcomes.map((o) => o.count)).toEqual([2, 2]);
    for (const outcome of report.outcomes) {
      const run = (await (await RUN(request('run', { code: bankRace().code, schedule: outcome.schedule }))).json()) as RunResult;
      expect(run.console.map((l) => l.text)).toEqual(outcome.stdout);
      expect(run.schedule).toBe(outcome.schedule);
      expect(run.choices?.length).toBe(2);
      expect(run.choices?.[0]).toMatchObject({ t: 10, tasks: expect.any(Array) });
    }
  });

  it('an infinite loop explored 10,000 times is one job: a timeout outcome, within the wall limit', async () => {
    const started = performance.now();
    const response = await POST(request('explore', { code: 'setTimeout(() => {}, 1); setTimeout(() => { for (;;) {} }, 1);', budget: 10_000 }, '192.0.2.70'));
    expect(response.status).toBe(200);
    const report = (await response.json()) as ExploreReport;
    expect(report).toMatchObject({ exhaustive: false, stoppedBy: 'timeout' });
    expect(report.outcomes.some((o) => o.status === 'timeout')).toBe(true);
    expect(performance.now() - started).toBeLessThan(MAX_WALL_MS);
  }, 20_000);

  it('takes a budget and jitter, and says when the search was cut short', async () => {
    const code = 'for (let i = 0; i < 7; i++) setTimeout(() => console.log(i), 100 + i);';
    const report = (await (await POST(request('explore', { code, budget: 20, jitter: 0.1, seed: 3 }))).json()) as ExploreReport;
    expect(report).toMatchObject({ exhaustive: false, stoppedBy: 'budget', budget: 20, jitter: 0.1, seed: 3 });
    expect(report.outcomes.every((o) => o.schedule.startsWith('j0.1:'))).toBe(true);
  });

  it.each([
    ['malformed JSON', '{"code": ', 400],
    ['a missing code', '{}', 422],
    ['a budget over the limit', JSON.stringify({ code: '1', budget: 1_000_000 }), 422],
    ['a negative jitter', JSON.stringify({ code: '1', jitter: -0.1 }), 422],
  ])('answers %s with %i', async (_name, body, status) => {
    const response = await POST(request('explore', body));
    expect(response.status).toBe(status);
    expect(((await response.json()) as { error: string }).error).toEqual(expect.any(String));
  });

  it('a run with a malformed schedule is 422; one that no longer fits is a ScheduleError naming the step', async () => {
    expect((await RUN(request('run', { code: 'console.log(1)', schedule: '1.x' }))).status).toBe(422);
    const run = (await (await RUN(request('run', { code: bankRace().code, schedule: '0.5' }))).json()) as RunResult;
    expect(run.status).toBe('error');
    expect(run.error).toMatchObject({ name: 'ScheduleError', message: expect.stringMatching(/^schedule step 2 picks option 5/) });
  });

  it('draws on the same run budget as /api/run', async () => {
    const ip = '198.51.100.77';
    const db = await database();
    for (let i = 0; i < RUNS_PER_MINUTE_PER_ADDRESS; i++) await enforceRateLimit(db, await clientKeyFor(db, request('run', '', ip)), ['run']);
    const refused = await POST(request('explore', { code: 'console.log(1)' }, ip));
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).not.toBeNull();
  });
});
