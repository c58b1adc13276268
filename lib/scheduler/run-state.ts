// Which tasks decide the end of the run: the script task (top level) and asyncio.run's main.
import type { HarnessFn } from './abi.ts';
import type { TaskRec } from './tasks.ts';

export const runState = {
  script: null as TaskRec | null,
  /** asyncio.run's main while it is pending; the run closes at the step after it settles. */
  main: null as TaskRec | null,
  /** A registered classroom harness, until its phase starts (harness-phase.ts). */
  harness: null as HarnessFn | null,
};
