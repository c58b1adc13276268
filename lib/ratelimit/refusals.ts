// Remembers, per counter store (one per app instance), which buckets were refused and until
// when, so a client flooding past its limit is turned away without a database write per request.
// Only ever refuses what the shared counters already refused, so it never admits too much.

/** Buckets remembered per instance; past this the oldest entries are dropped (they only cost a write). */
export const MAX_REMEMBERED_REFUSALS = 10_000;

const refusals = new WeakMap<object, Map<string, number>>();

/** Ms until `bucket` may be tried again, or 0 if it is not known to be refused at `nowMs`. */
export function refusedForMs(store: object, bucket: string, nowMs: number): number {
  const until = refusals.get(store)?.get(bucket);
  return until !== undefined && until > nowMs ? until - nowMs : 0;
}

export function rememberRefusal(store: object, bucket: string, untilMs: number): void {
  let map = refusals.get(store);
  if (!map) refusals.set(store, (map = new Map()));
  map.delete(bucket);
  map.set(bucket, untilMs);
  if (map.size > MAX_REMEMBERED_REFUSALS) map.delete(map.keys().next().value!);
}
