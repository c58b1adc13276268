// What one rate-limit check costs: hit() (an upsert-increment plus a read of the previous window),
// and the whole check before a run (enforceRateLimit: hit plus a peek at the sandbox-time budget),
// with database counters on SQLite (WAL, synchronous=FULL, a temp file) and PostgreSQL (a throwaway
// schema), and with the in-memory counters the app uses on SQLite; one at a time and 32 at once,
// printed as `name: value` lines. Usage: node bench/ratelimit/limiter-bench.ts
import { openTestDatabase, TEST_PROVIDERS } from '../../lib/db/test-support/test-databases.ts';
import { hit } from '../../lib/ratelimit/limiter.ts';
import { countersFor, databaseCounters } from '../../lib/ratelimit/counters-for.ts';
import { enforceRateLimit } from '../../lib/ratelimit/enforce.ts';
import { clientKeyFor } from '../../lib/auth/identify.ts';
import { RATE_LIMIT_WINDOW_MS } from '../../lib/ratelimit/policy.ts';
import { percentile } from '../runner/measure.ts';

/** Sequential checks timed per provider. */
const SEQUENTIAL_CHECKS = 500;
/** Checks in flight at once in the concurrent round, as in the 32-connection load test. */
const CONCURRENT_CHECKS = 32;
/** Checks in the concurrent round. */
const CONCURRENT_TOTAL = 2_000;
/** Distinct clients the checks are spread over (one counter row each per window). */
const CLIENTS = 200;

const bucket = (i: number) => `run|address:10.0.${Math.floor((i % CLIENTS) / 250)}.${i % 250}`;

for (const provider of TEST_PROVIDERS) {
  const t = await openTestDatabase(provider);
  const rows = databaseCounters(t.db);
  try {
    for (let i = 0; i < 50; i++) await hit(rows, bucket(i), 1e9, RATE_LIMIT_WINDOW_MS); // warm-up
    const times: number[] = [];
    for (let i = 0; i < SEQUENTIAL_CHECKS; i++) {
      const start = performance.now();
      await hit(rows, bucket(i), 1e9, RATE_LIMIT_WINDOW_MS);
      times.push(performance.now() - start);
    }
    console.log(`limiter ${provider} check p50 ms: ${percentile(times, 50).toFixed(2)}`);
    console.log(`limiter ${provider} check p95 ms: ${percentile(times, 95).toFixed(2)}`);
    const runChecks: number[] = [];
    for (let i = 0; i < SEQUENTIAL_CHECKS; i++) {
      const request = new Request('http://localhost/api/run', { method: 'POST', headers: { 'x-forwarded-for': `10.1.${Math.floor(i / 250)}.${i % 250}` } });
      const start = performance.now();
      await enforceRateLimit(t.db, await clientKeyFor(t.db, request), ['run']);
      runChecks.push(performance.now() - start);
    }
    const store = countersFor(t.db) === rows ? 'database rows' : 'process memory';
    console.log(`limiter ${provider} run check (enforceRateLimit, counters in ${store}) p50 ms: ${percentile(runChecks, 50).toFixed(2)}`);
    console.log(`limiter ${provider} run check (enforceRateLimit, counters in ${store}) p95 ms: ${percentile(runChecks, 95).toFixed(2)}`);
    let next = 0;
    const start = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENT_CHECKS }, async () => {
        while (next < CONCURRENT_TOTAL) await hit(rows, bucket(next++), 1e9, RATE_LIMIT_WINDOW_MS);
      }),
    );
    console.log(`limiter ${provider} checks/s with ${CONCURRENT_CHECKS} in flight: ${Math.round(CONCURRENT_TOTAL / ((performance.now() - start) / 1000))}`);
  } finally {
    await t.drop();
  }
}
