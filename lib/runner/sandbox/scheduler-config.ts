// The scheduler configuration every run gets: fixed seed and epoch so the same code always gives
// the same result, and the trace limits from limits.ts.
import type { SchedulerConfig } from '../../scheduler/abi.ts';
import { FLUSH_EVERY_EVENTS, MAX_CONSOLE_BYTES, MAX_TRACE_EVENTS, MAX_VIRTUAL_MS } from '../limits.ts';

/** Math.random's seed: fixed, so runs are reproducible. */
export const RANDOM_SEED = 0x7a5c11e;
/** Date.now() at virtual time 0: 2025-01-01T00:00:00Z. */
export const VIRTUAL_EPOCH_MS = Date.UTC(2025, 0, 1);

export function schedulerConfig(): SchedulerConfig {
  return {
    seed: RANDOM_SEED,
    epochMs: VIRTUAL_EPOCH_MS,
    maxVirtualMs: MAX_VIRTUAL_MS,
    maxEvents: MAX_TRACE_EVENTS,
    maxConsoleBytes: MAX_CONSOLE_BYTES,
    flushEvery: FLUSH_EVERY_EVENTS,
  };
}
