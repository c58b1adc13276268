// The database-backed limiter on both providers, with an injected clock: window arithmetic end to
// end, two app instances (separate Prisma clients) sharing one budget under concurrent hits, costs
// added after the fact, and the sweep of expired counters.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, TEST_PROVIDERS, type TestDatabase } from '../db/test-support/test-databases.ts';
import { createDb, type Db } from '../db/client.ts';
import { deleteExpiredCounters, readCounter } from '../db/rate-limit-counters.ts';
import { addHits, hit as hitOn, peek as peekOn, sweepsSettled } from './limiter.ts';
import { databaseCounters } from './counters-for.ts';

const W = 60_000;
/** A window boundary far from the epoch, so the "previous window" of the first is empty. */
const T0 = 1_000 * W;

// The limiter with each client's rows as its store (what several instances share on PostgreSQL).
const hit = (db: Db, ...rest: [string, number, number, number]) => hitOn(databaseCounters(db), ...rest);
const peek = (db: Db, ...rest: [string, number, number, number]) => peekOn(databaseCounters(db), ...rest);
const add = (db: Db, ...rest: [string, number, number, number]) => addHits(databaseCounters(db), ...rest);

describe.each(TEST_PROVIDERS)('rate limiter on %s', (provider) => {
  let t: TestDatabase;
  let other: Db;
  beforeAll(async () => {
    t = await openTestDatabase(provider);
    other = createDb(t.target);
  }, 60_000);
  // A test that moves the clock minutes ahead starts a background sweep at that time; it must not
  // delete the next test's counters (written at earlier times) while that test runs.
  afterEach(() => sweepsSettled());
  afterAll(async () => {
    await other?.$disconnect();
    await t?.drop();
  });

  it('admits the limit within a window, refuses the next hit, and frees up as the window slides', async () => {
    const at = (ms: number) => hit(t.db, 'slide', 3, W, T0 + ms);
    expect((await Promise.all([at(0), at(1_000), at(2_000)])).map((v) => v.allowed)).toEqual([true, true, true]);
    // The 4th hit counts too: 30 s to the boundary, then 4·(60−e)/60 + 1 ≤ 3 needs e ≥ 30 s.
    expect(await at(30_000)).toEqual({ allowed: false, retryAfterS: 60 });
    // Inside that minute the instance refuses without asking the database (nothing is counted).
    expect(await at(W + 20_000)).toEqual({ allowed: false, retryAfterS: 10 });
    expect(await readCounter(t.db, `slide|${T0 / W + 1}`)).toBe(0);
    // Next window, 31 s in: 4·(29/60) + 1 ≈ 2.93 ≤ 3, admitted; at 32 s: 4·(28/60) + 2 ≈ 3.87, refused.
    expect((await at(W + 31_000)).allowed).toBe(true);
    expect((await at(W + 32_000)).allowed).toBe(false);
    // Two windows later nothing of those hits counts any more.
    expect((await at(3 * W)).allowed).toBe(true);
  });

  it('keeps separate budgets per bucket', async () => {
    expect((await hit(t.db, 'a', 1, W, T0)).allowed).toBe(true);
    expect((await hit(t.db, 'a', 1, W, T0)).allowed).toBe(false);
    expect((await hit(t.db, 'b', 1, W, T0)).allowed).toBe(true);
    // Another instance has not seen the refusal, but the shared counter refuses it there too.
    expect((await hit(other, 'a', 1, W, T0)).allowed).toBe(false);
  });

  it('shares one budget between two instances and never over-admits under concurrent hits', async () => {
    const LIMIT = 25;
    const HITS = 80;
    const verdicts = await Promise.all(Array.from({ length: HITS }, (_, i) => hit(i % 2 ? other : t.db, 'shared', LIMIT, W, T0 + 10)));
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(LIMIT);
    expect(await readCounter(other, `shared|${T0 / W}`)).toBe(HITS);
  });

  it('peeks without counting, and sees costs added afterwards', async () => {
    expect((await peek(t.db, 'cost', 1_000, W, T0)).allowed).toBe(true);
    expect(await readCounter(t.db, `cost|${T0 / W}`)).toBe(0);
    await add(t.db, 'cost', 999, W, T0);
    expect((await peek(t.db, 'cost', 1_000, W, T0 + 1)).allowed).toBe(true);
    await add(t.db, 'cost', 1, W, T0 + 2);
    expect((await peek(t.db, 'cost', 1_000, W, T0 + 3)).allowed).toBe(false);
    expect(await readCounter(t.db, `cost|${T0 / W}`)).toBe(1_000);
  });

  it('sweeps counters whose window no longer matters, and only those', async () => {
    await hit(t.db, 'old', 5, W, T0);
    await hit(t.db, 'new', 5, W, T0 + 2 * W);
    await deleteExpiredCounters(t.db, new Date(T0 + 2 * W + 1));
    expect(await readCounter(t.db, `old|${T0 / W}`)).toBe(0);
    expect(await readCounter(t.db, `new|${T0 / W + 2}`)).toBe(1);
  });
});
