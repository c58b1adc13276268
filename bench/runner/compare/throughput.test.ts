// runsPerSecond: how many callers run at once and how many runs a round-based plan makes.
import { describe, expect, it } from 'vitest';
import { runsPerSecond } from './throughput.ts';

describe('runsPerSecond', () => {
  it('keeps exactly C runs in flight and does the minimum rounds when the time is already up', async () => {
    let inFlight = 0;
    let most = 0;
    let calls = 0;
    const run = async () => {
      calls++;
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      inFlight--;
    };
    const rate = await runsPerSecond(3, { durationMs: 0, minRunsPerCaller: 2 }, run);
    expect(calls).toBe(6);
    expect(most).toBe(3);
    expect(rate).toBeGreaterThan(0);
  });
});
