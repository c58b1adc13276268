import { describe, expect, it } from 'vitest';
import { axisTicks, formatTick, niceStep } from './axis.ts';

describe('niceStep', () => {
  it.each([
    [6000, 6, 1000],
    [6000, 10, 1000],
    [6000, 13, 500],
    [3000, 4, 1000],
    [100, 10, 10],
    [7, 10, 1],
    [86_400_000, 8, 20_000_000],
  ])('range %i with %i ticks → %i', (range, ticks, step) => {
    expect(niceStep(range, ticks)).toBe(step);
  });
});

describe('formatTick', () => {
  it('uses ms for short runs and seconds for long ones', () => {
    expect(formatTick(250, 50, 800)).toBe('250 ms');
    expect(formatTick(3000, 1000, 6000)).toBe('3 s');
    expect(formatTick(1500, 500, 6000)).toBe('1.5 s');
  });
});

describe('axisTicks', () => {
  it('puts round-second ticks on a 6 s run', () => {
    expect(axisTicks(6000, 600).map((t) => t.label)).toEqual(['0 s', '1 s', '2 s', '3 s', '4 s', '5 s', '6 s']);
  });

  it('never crowds ticks closer than the minimum spacing', () => {
    const ticks = axisTicks(3000, 300, 72);
    expect(ticks.length).toBeLessThanOrEqual(5);
  });

  it('copes with a zero-length run', () => {
    expect(axisTicks(0, 500)[0]).toEqual({ t: 0, label: '0 ms' });
  });
});
