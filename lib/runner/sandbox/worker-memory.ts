// What a worker does with its memory after a run: blame the run only for memory the run itself
// took; otherwise answer the run as it ended and, if memory crept up over many runs, exit to be
// replaced, so no later run is answered "memory" for memory it never used.
import { MAX_WORKER_RSS_MB, WORKER_RECYCLE_RSS_MB } from '../limits.ts';

const MB = 1024 * 1024;

/** Growth in one run that is the run's own doing, in bytes: twice the isolate's heap (limits.ts). */
const RUN_OWN_GROWTH_BYTES = (MAX_WORKER_RSS_MB - WORKER_RECYCLE_RSS_MB) * MB;

/** `blame`: answer "memory", then exit; `recycle`: answer as the run ended, then exit; `keep`: carry on. */
export type AfterRun = 'blame' | 'recycle' | 'keep';

/** `rssBeforeBytes` / `rssAfterBytes`: the process's resident memory when the run started and ended. */
export function afterRun(rssBeforeBytes: number, rssAfterBytes: number): AfterRun {
  if (rssAfterBytes > MAX_WORKER_RSS_MB * MB) {
    // A worker starts each run under the recycle line, so crossing the limit takes more than this.
    return rssAfterBytes - rssBeforeBytes > RUN_OWN_GROWTH_BYTES ? 'blame' : 'recycle';
  }
  return rssAfterBytes > WORKER_RECYCLE_RSS_MB * MB ? 'recycle' : 'keep';
}
