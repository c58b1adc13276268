// The run's shared mutable core: configuration, the virtual clock and which task is running.
// Every other scheduler module reads and writes these fields; nothing here is user-reachable.
import type { SchedulerConfig } from './abi.ts';

export const S = {
  config: {
    seed: 1, epochMs: 0, maxVirtualMs: 86_400_000, maxEvents: 20_000, maxConsoleBytes: 262_144, flushEvery: 512,
  } as SchedulerConfig,
  /** Virtual ms since the run started. CPU work costs nothing; timers and blockFor move it. */
  now: 0,
  /** Id of the task whose code runs now; 0 when no task is known (logged as null). */
  current: 0,
  /** Set once the 'end' event has been emitted: the loop stops and recording is closed. */
  ended: false,
};
