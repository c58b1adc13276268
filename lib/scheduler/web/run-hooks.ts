// What the web globals need from the run they serve: the web bundle is built into the worker's
// snapshot before any run exists, so each run's scheduler plugs its virtual timers and its
// uncaught-error handling in here when it starts (entry.ts passes setRunHooks to it).
export interface RunHooks {
  /** Calls fn after ms virtual ms as the current task; unref'd, as Node's AbortSignal.timeout timer is. */
  setTimer(ms: number, fn: () => void): void;
  /** An exception thrown by an event listener: Node treats it as an uncaught exception. */
  uncaught(error: unknown): void;
  /** Date.now() at virtual time 0: an Event's timeStamp counts from it, as Node's from performance's origin. */
  timeOrigin(): number;
}

export const runHooks: RunHooks = {
  setTimer() { throw new Error('the run did not install its timers'); },
  uncaught() {},
  timeOrigin() { return 0; },
};

export function setRunHooks(hooks: RunHooks): void {
  runHooks.setTimer = hooks.setTimer;
  runHooks.uncaught = hooks.uncaught;
  runHooks.timeOrigin = hooks.timeOrigin;
}
