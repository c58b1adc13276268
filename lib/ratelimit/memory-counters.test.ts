// The in-memory counter store (SQLite setup) under the same limiter: window arithmetic, peek and
// added costs, the sweep, the size bound, and which store the routes get for each provider.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../db/test-support/test-databases.ts';
import { addHits, hit, peek } from './limiter.ts';
import { MAX_MEMORY_COUNTERS, MemoryCounters } from './memory-counters.ts';
import { countersFor, databaseCounters } from './counters-for.ts';

const W = 60_000;
const T0 = 1_000 * W;

describe('memory counters', () => {
  it('admit the limit within a window, refuse the next hit, and free up as the window slides', async () => {
    const store = new MemoryCounters();
    const at = (ms: number) => hit(store, 'slide', 3, W, T0 + ms);
    expect((await Promise.all([at(0), at(1_000), at(2_000)])).map((v) => v.allowed)).toEqual([true, true, true]);
    expect(await at(30_000)).toEqual({ allowed: false, retryAfterS: 60 });
    expect((await at(W + 31_000)).allowed).toBe(true);
    expect((await at(W + 32_000)).allowed).toBe(false);
    expect((await at(3 * W)).allowed).toBe(true);
  });

  it('peek without counting and see costs added afterwards', async () => {
    const store = new MemoryCounters();
    expect((await peek(store, 'cost', 1_000, W, T0)).allowed).toBe(true);
    await addHits(store, 'cost', 1_000, W, T0);
    expect((await peek(store, 'cost', 1_000, W, T0 + 1)).allowed).toBe(false);
    expect(await store.read(`cost|${T0 / W}`)).toBe(1_000);
  });

  it('sweep only counters whose window no longer matters', async () => {
    const store = new MemoryCounters();
    await hit(store, 'old', 5, W, T0);
    await hit(store, 'new', 5, W, T0 + 2 * W);
    expect(await store.deleteExpired(T0 + 2 * W + 1)).toBe(1);
    expect(await store.read(`old|${T0 / W}`)).toBe(0);
    expect(await store.read(`new|${T0 / W + 2}`)).toBe(1);
  });

  it('stay bounded, dropping the oldest counter', async () => {
    const store = new MemoryCounters();
    for (let i = 0; i <= MAX_MEMORY_COUNTERS; i++) await store.increment(`k${i}`, T0, 1);
    expect(store.size).toBe(MAX_MEMORY_COUNTERS);
    expect(await store.read('k0')).toBe(0);
    expect(await store.read(`k${MAX_MEMORY_COUNTERS}`)).toBe(1);
  });
});

describe('countersFor', () => {
  let sqlite: TestDatabase;
  let postgres: TestDatabase;
  beforeAll(async () => {
    [sqlite, postgres] = await Promise.all([openTestDatabase('sqlite'), openTestDatabase('postgresql')]);
  }, 60_000);
  afterAll(async () => Promise.all([sqlite?.drop(), postgres?.drop()]));

  it('keeps SQLite counters in memory and PostgreSQL counters in the shared database', () => {
    expect(countersFor(sqlite.db)).toBeInstanceOf(MemoryCounters);
    expect(countersFor(postgres.db)).toBe(databaseCounters(postgres.db));
  });
});
