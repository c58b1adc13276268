// Rate-limit counters: one row per client, action and fixed window, incremented atomically with a
// single-statement upsert (INSERT … ON CONFLICT DO UPDATE on both providers), so every app instance
// sharing the database draws on the same budget without a lost or doubled count.
import type { Db } from './client.ts';

/** Adds `hits` to the counter `key` and returns its new count (`hits` for a fresh window). */
export async function incrementCounter(db: Db, key: string, expiresAt: Date, hits = 1): Promise<number> {
  const row = await db.rateLimitCounter.upsert({
    where: { key },
    create: { key, count: hits, expiresAt },
    update: { count: { increment: hits } },
    select: { count: true },
  });
  return row.count;
}

/** The count stored under `key`, 0 if there is none. */
export async function readCounter(db: Db, key: string): Promise<number> {
  return (await db.rateLimitCounter.findUnique({ where: { key }, select: { count: true } }))?.count ?? 0;
}

/** Deletes every counter that expired before `now`: one indexed range delete. */
export async function deleteExpiredCounters(db: Db, now: Date): Promise<number> {
  return (await db.rateLimitCounter.deleteMany({ where: { expiresAt: { lt: now } } })).count;
}
