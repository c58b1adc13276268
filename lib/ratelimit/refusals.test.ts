// The per-instance memory of refused buckets: how long it refuses, that instances do not share it,
// and that it stays bounded.
import { describe, expect, it } from 'vitest';
import { MAX_REMEMBERED_REFUSALS, refusedForMs, rememberRefusal } from './refusals.ts';

const instance = () => ({});

describe('refusals', () => {
  it('refuses a bucket until the remembered time, and only on that instance', () => {
    const a = instance();
    rememberRefusal(a, 'run|address:x', 10_000);
    expect(refusedForMs(a, 'run|address:x', 4_000)).toBe(6_000);
    expect(refusedForMs(a, 'run|address:x', 10_000)).toBe(0);
    expect(refusedForMs(a, 'run|address:y', 4_000)).toBe(0);
    expect(refusedForMs(instance(), 'run|address:x', 4_000)).toBe(0);
  });

  it('forgets the oldest refusal once it remembers too many', () => {
    const a = instance();
    for (let i = 0; i <= MAX_REMEMBERED_REFUSALS; i++) rememberRefusal(a, `b${i}`, 1_000);
    expect(refusedForMs(a, 'b0', 0)).toBe(0);
    expect(refusedForMs(a, 'b1', 0)).toBe(1_000);
    expect(refusedForMs(a, `b${MAX_REMEMBERED_REFUSALS}`, 0)).toBe(1_000);
  });
});
