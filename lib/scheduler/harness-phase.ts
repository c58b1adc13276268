// The classroom harness phase: once the program has finished (no timer left, top level and
// asyncio.run's main settled, asyncio.run's shutdown done), a registered harness runs as a new
// root task in its own event-loop turn, so nothing of the program's shutdown can cancel it.
import { HARNESS_TASK_NAME } from './abi.ts';
import { startTask } from './hooks.ts';
import { runState } from './tasks.ts';
import { S } from './state.ts';
import { evHarness } from './trace.ts';
import { assert, expect } from './assertions.ts';

/** Starts the harness phase if one is registered; false when the run may simply end. */
export function startHarnessPhase(): boolean {
  const fn = runState.harness;
  if (fn === null) return false;
  runState.harness = null;
  evHarness(S.now);
  // A root task: whatever task resumed last must not become the harness's parent.
  S.current = 0;
  // The real assert/expect are passed in: a student's `function assert() {}` cannot shadow them.
  const [rec] = startTask(HARNESS_TASK_NAME, (t) => fn(t, assert, expect));
  // From now on the harness is the top level: its deadlock or uncaught error ends the run.
  runState.script = rec;
  return true;
}

