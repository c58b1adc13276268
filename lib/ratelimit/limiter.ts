// Counts one hit against a client's budget in the database and judges it (sliding window), so every
// app instance sharing the database shares the budget; or, for costs known only afterwards, checks
// for room (peek) and adds the cost later (addHits). A refused hit counts too, and its bucket is
// then refused locally until its Retry-After, so a flood costs no database write per request.
import type { Db } from '../db/client.ts';
import { deleteExpiredCounters, incrementCounter, readCounter } from '../db/rate-limit-counters.ts';
import { judge, windowPosition, type Verdict } from './sliding-window.ts';
import { refusedForMs, rememberRefusal } from './refusals.ts';

/** How often one process sweeps expired counters, in ms: one indexed delete, off the request path. */
export const COUNTER_SWEEP_INTERVAL_MS = 60_000;

let nextSweepMs = 0;

/**
 * Adds one hit to `bucket` (e.g. "run|address:203.0.113.7") at `nowMs` and says whether it is
 * within `limit` hits per `windowMs`.
 */
export async function hit(db: Db, bucket: string, limit: number, windowMs: number, nowMs = Date.now()): Promise<Verdict> {
  return judged(db, bucket, limit, windowMs, nowMs, () => addHits(db, bucket, 1, windowMs, nowMs));
}

/** Whether `bucket` has room for one more unit, counting nothing (the cost is added later with addHits). */
export async function peek(db: Db, bucket: string, limit: number, windowMs: number, nowMs = Date.now()): Promise<Verdict> {
  return judged(db, bucket, limit, windowMs, nowMs, async (key) => (await readCounter(db, key)) + 1);
}

/** Shared by hit and peek: `current(key)` gives the current window's count, including the unit judged. */
async function judged(db: Db, bucket: string, limit: number, windowMs: number, nowMs: number, current: (key: string) => Promise<number>): Promise<Verdict> {
  const waitMs = refusedForMs(db, bucket, nowMs);
  if (waitMs > 0) return { allowed: false, retryAfterS: Math.ceil(waitMs / 1000) };
  const { index, elapsedMs } = windowPosition(nowMs, windowMs);
  const [now, previous] = await Promise.all([current(`${bucket}|${index}`), readCounter(db, `${bucket}|${index - 1}`)]);
  sweepOccasionally(db, nowMs);
  const verdict = judge({ previous, current: now, elapsedMs, windowMs }, limit);
  if (!verdict.allowed) rememberRefusal(db, bucket, nowMs + verdict.retryAfterS * 1000);
  return verdict;
}

/** Adds `hits` to `bucket`'s current window without judging them (a cost learnt after the fact). */
export async function addHits(db: Db, bucket: string, hits: number, windowMs: number, nowMs = Date.now()): Promise<number> {
  const { index } = windowPosition(nowMs, windowMs);
  // A window's row still counts, weighted, during the next window; after that it has expired.
  return incrementCounter(db, `${bucket}|${index}`, new Date((index + 2) * windowMs), hits);
}

function sweepOccasionally(db: Db, nowMs: number): void {
  if (nowMs < nextSweepMs) return;
  nextSweepMs = nowMs + COUNTER_SWEEP_INTERVAL_MS;
  deleteExpiredCounters(db, new Date(nowMs)).catch((error: unknown) => console.error('taskline: sweeping rate-limit counters failed', error));
}
