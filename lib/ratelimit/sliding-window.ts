// The sliding-window estimate behind every rate limit: hits in the last window are the current
// fixed window's count plus the previous window's count weighted by how much of it still overlaps.
// Pure arithmetic, so the verdict and its Retry-After are tested with any clock.

export interface WindowPosition {
  /** Which fixed window `nowMs` falls in: floor(nowMs / windowMs). */
  index: number;
  /** How far into that window `nowMs` is, in ms. */
  elapsedMs: number;
}

export function windowPosition(nowMs: number, windowMs: number): WindowPosition {
  const index = Math.floor(nowMs / windowMs);
  return { index, elapsedMs: nowMs - index * windowMs };
}

export interface WindowCounts {
  /** Hits in the previous fixed window. */
  previous: number;
  /** Hits in the current fixed window, including the one being judged. */
  current: number;
  elapsedMs: number;
  windowMs: number;
}

export function slidingCount({ previous, current, elapsedMs, windowMs }: WindowCounts): number {
  return (previous * (windowMs - elapsedMs)) / windowMs + current;
}

export interface Verdict {
  allowed: boolean;
  /** Whole seconds until one more hit would be admitted, if nothing else arrives (0 when allowed). */
  retryAfterS: number;
}

/** Ms from now until slidingCount + 1 ≤ limit, assuming no further hits. */
function msUntilRoom(counts: WindowCounts, limit: number): number {
  const { previous, current, elapsedMs, windowMs } = counts;
  const restOfWindow = windowMs - elapsedMs;
  // Still inside this window: only the previous window's share can shrink.
  if (current + 1 <= limit && previous > 0) {
    const wait = restOfWindow - (windowMs * (limit - 1 - current)) / previous;
    if (wait < restOfWindow) return Math.max(0, wait);
  }
  // In the next window, this window's hits become the shrinking "previous" share.
  if (limit > 1) return restOfWindow + Math.max(0, windowMs * (1 - (limit - 1) / current));
  return restOfWindow + windowMs;
}

export function judge(counts: WindowCounts, limit: number): Verdict {
  if (slidingCount(counts) <= limit) return { allowed: true, retryAfterS: 0 };
  return { allowed: false, retryAfterS: Math.max(1, Math.ceil(msUntilRoom(counts, limit) / 1000)) };
}
