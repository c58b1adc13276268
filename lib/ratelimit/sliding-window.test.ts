// The sliding-window verdict and its Retry-After, with explicit counts and positions in the window.
import { describe, expect, it } from 'vitest';
import { judge, slidingCount, windowPosition } from './sliding-window.ts';

const W = 60_000;

describe('windowPosition', () => {
  it('splits a time into its fixed window and the offset inside it', () => {
    expect(windowPosition(0, W)).toEqual({ index: 0, elapsedMs: 0 });
    expect(windowPosition(W - 1, W)).toEqual({ index: 0, elapsedMs: W - 1 });
    expect(windowPosition(3 * W + 15_000, W)).toEqual({ index: 3, elapsedMs: 15_000 });
  });
});

describe('judge', () => {
  it('weights the previous window by how much of it still overlaps', () => {
    expect(slidingCount({ previous: 100, current: 10, elapsedMs: 0, windowMs: W })).toBe(110);
    expect(slidingCount({ previous: 100, current: 10, elapsedMs: W / 4, windowMs: W })).toBe(85);
    expect(slidingCount({ previous: 100, current: 10, elapsedMs: W - 1, windowMs: W })).toBeCloseTo(10, 2);
  });

  it('admits up to the limit and refuses the hit after it', () => {
    expect(judge({ previous: 0, current: 5, elapsedMs: 30_000, windowMs: W }, 5)).toEqual({ allowed: true, retryAfterS: 0 });
    expect(judge({ previous: 0, current: 6, elapsedMs: 30_000, windowMs: W }, 5).allowed).toBe(false);
  });

  it('does not let a burst at the end of one window repeat at the start of the next', () => {
    // 5 hits just before the boundary, limit 5: a fixed window would admit 5 more right after it.
    expect(judge({ previous: 5, current: 1, elapsedMs: 1_000, windowMs: W }, 5).allowed).toBe(false);
    expect(judge({ previous: 5, current: 1, elapsedMs: 15_000, windowMs: W }, 5).allowed).toBe(true);
  });

  it('tells a client spent in this window to wait for the next one', () => {
    // 6 hits, limit 5, 20 s in: 40 s to the boundary, then 6·(60−e)/60 + 1 ≤ 5 needs e ≥ 20 s.
    expect(judge({ previous: 0, current: 6, elapsedMs: 20_000, windowMs: W }, 5).retryAfterS).toBe(60);
  });

  it('tells a client held back by the previous window when its share has shrunk enough', () => {
    // previous 10, current 2, limit 5, at 30 s: 10·(30−t)/60 + 2 + 1 ≤ 5 needs t ≥ 18 s.
    expect(judge({ previous: 10, current: 2, elapsedMs: 30_000, windowMs: W }, 5).retryAfterS).toBe(18);
  });

  it('makes a limit of one wait out the window after next', () => {
    expect(judge({ previous: 0, current: 2, elapsedMs: 10_000, windowMs: W }, 1).retryAfterS).toBe(110);
  });

  it('never answers a Retry-After under one second', () => {
    // A heavy previous window decays one hit's worth every 100 ms; room comes back after 150 ms.
    const verdict = judge({ previous: 600, current: 1, elapsedMs: 55_050, windowMs: W }, 50);
    expect(verdict).toEqual({ allowed: false, retryAfterS: 1 });
  });
});
