// A worker blames a run for memory only when the run took it: memory that crept up over many
// benign runs recycles the worker without touching any run's answer.
import { describe, expect, it } from 'vitest';
import { MAX_WORKER_RSS_MB, WORKER_RECYCLE_RSS_MB } from '../limits.ts';
import { afterRun } from './worker-memory.ts';

const MB = 1024 * 1024;
const IDLE = 200 * MB;

describe('afterRun', () => {
  it('keeps a worker that stays under the recycle line', () => {
    expect(afterRun(IDLE, IDLE + 30 * MB)).toBe('keep');
  });

  it('recycles, without blame, a worker whose memory crept past the recycle line over many runs', () => {
    expect(afterRun(WORKER_RECYCLE_RSS_MB * MB - MB, WORKER_RECYCLE_RSS_MB * MB + MB)).toBe('recycle');
  });

  it('blames a run that took the worker from idle past the limit (a 512 MB string)', () => {
    expect(afterRun(IDLE, IDLE + 512 * MB)).toBe('blame');
  });

  it('does not blame a benign run that found the worker already near the limit', () => {
    // Crossing the limit by a few MB from just under it is not the run's doing.
    expect(afterRun((MAX_WORKER_RSS_MB - 5) * MB, (MAX_WORKER_RSS_MB + 5) * MB)).toBe('recycle');
  });

  it('leaves one run room for the isolate heap twice over between the two lines', () => {
    expect(MAX_WORKER_RSS_MB - WORKER_RECYCLE_RSS_MB).toBeGreaterThanOrEqual(128);
  });
});
