// Counts one hit against a client's budget in a counter store and judges it (sliding window); with
// the database store every app instance shares the budget. For costs known only afterwards it checks
// for room (peek) and adds the cost later (addHits). A refused hit counts too, and its bucket is
// then refused locally until its Retry-After, so a flood costs no counter write per request.
import type { CounterStore } from './counter-store.ts';
import { judge, windowPosition, type Verdict } from './sliding-window.ts';
import { refusedForMs, rememberRefusal } from './refusals.ts';

/** How often one process sweeps expired counters, in ms: one indexed delete, off the request path. */
export const COUNTER_SWEEP_INTERVAL_MS = 60_000;

const nextSweepMs = new WeakMap<CounterStore, number>();
let lastSweep: Promise<unknown> = Promise.resolve();

/** Resolves once the latest background sweep is done (tests with a jumping clock wait for it). */
export const sweepsSettled = (): Promise<unknown> => lastSweep;

/**
 * Adds one hit to `bucket` (e.g. "run|address:203.0.113.7") at `nowMs` and says whether it is
 * within `limit` hits per `windowMs`.
 */
export async function hit(counters: CounterStore, bucket: string, limit: number, windowMs: number, nowMs = Date.now()): Promise<Verdict> {
  return judged(counters, bucket, limit, windowMs, nowMs, () => addHits(counters, bucket, 1, windowMs, nowMs));
}

/** Whether `bucket` has room for one more unit, counting nothing (the cost is added later with addHits). */
export async function peek(counters: CounterStore, bucket: string, limit: number, windowMs: number, nowMs = Date.now()): Promise<Verdict> {
  return judged(counters, bucket, limit, windowMs, nowMs, async (key) => (await counters.read(key)) + 1);
}

/** Shared by hit and peek: `current(key)` gives the current window's count, including the unit judged. */
async function judged(counters: CounterStore, bucket: string, limit: number, windowMs: number, nowMs: number, current: (key: string) => Promise<number>): Promise<Verdict> {
  const waitMs = refusedForMs(counters, bucket, nowMs);
  if (waitMs > 0) return { allowed: false, retryAfterS: Math.ceil(waitMs / 1000) };
  const { index, elapsedMs } = windowPosition(nowMs, windowMs);
  const [now, previous] = await Promise.all([current(`${bucket}|${index}`), counters.read(`${bucket}|${index - 1}`)]);
  sweepOccasionally(counters, nowMs);
  const verdict = judge({ previous, current: now, elapsedMs, windowMs }, limit);
  if (!verdict.allowed) rememberRefusal(counters, bucket, nowMs + verdict.retryAfterS * 1000);
  return verdict;
}

/** Adds `hits` to `bucket`'s current window without judging them (a cost learnt after the fact). */
export async function addHits(counters: CounterStore, bucket: string, hits: number, windowMs: number, nowMs = Date.now()): Promise<number> {
  const { index } = windowPosition(nowMs, windowMs);
  // A window's row still counts, weighted, during the next window; after that it has expired.
  return counters.increment(`${bucket}|${index}`, (index + 2) * windowMs, hits);
}

function sweepOccasionally(counters: CounterStore, nowMs: number): void {
  if (nowMs < (nextSweepMs.get(counters) ?? 0)) return;
  nextSweepMs.set(counters, nowMs + COUNTER_SWEEP_INTERVAL_MS);
  lastSweep = counters.deleteExpired(nowMs).catch((error: unknown) => console.error('taskline: sweeping rate-limit counters failed', error));
}
