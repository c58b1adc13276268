// asyncio.run as CPython's Runner does it: run main as a task until it is done (the loop stops at
// the end of that round), cancel every task left (in creation order) and run the loop until they
// have settled (_cancel_all_tasks), run the two shutdown steps, then close the loop.
import { ErrorCtor, PromiseCtor } from '../intrinsics.ts';
import { S } from '../state.ts';
import { evWarn } from '../trace.ts';
import { runState, shortName } from '../tasks.ts';
import { label } from '../promises.ts';
import { Future } from './future.ts';
import { atRoundEnd, callSoon, closeLoop } from './ready.ts';
import { type TaskCore, newTask, nextPythonTaskName, pendingCores } from './task.ts';
import { gatherCores } from './gather.ts';

/** CPython's Runner.close() runs shutdown_asyncgens() and shutdown_default_executor(): two tasks. */
const SHUTDOWN_STEPS = 2;

let running = false;

/** loop.run_until_complete(fut): resolves at the end of the round after fut's done callback. */
function runUntilComplete(fut: Future, then: () => void, pure = true): void {
  fut.addDoneCallback(() => atRoundEnd(then, pure), true);
}

/** A task that finishes in its first step: each shutdown step's run_until_complete. */
function emptyTask(): Future {
  nextPythonTaskName(); // they are tasks in CPython, and count towards the names of later ones
  const f = new Future();
  callSoon(() => f.setResult(undefined), true);
  return f;
}

function waitText(core: TaskCore): string {
  const rec = core.rec;
  const what = rec.kind === 'waiting' ? rec.detail : 'its next await';
  return what + (rec.waitLine > 0 && rec.kind === 'waiting' ? ' (line ' + rec.waitLine + ')' : '');
}

function cancelAll(done: () => void): void {
  const left = pendingCores();
  if (left.length === 0) return done();
  for (let i = 0; i < left.length; i++) {
    const core = left[i];
    evWarn('cancelled-at-shutdown', shortName(core.rec) + ' was cancelled when asyncio.run() finished, while waiting for '
      + waitText(core), core.rec.id);
    core.cancelledAtShutdown = true;
    core.cancel();
  }
  runUntilComplete(gatherCores(left, true), done);
}

/** The last step settles asyncio.run's promise: not pure (the awaiting script resumes). */
function shutdownSteps(n: number, done: () => void): void {
  if (n === 0) return done();
  runUntilComplete(emptyTask(), () => shutdownSteps(n - 1, done), n > 1);
}

export function run(main: unknown, _debug?: unknown): Promise<unknown> {
  if (running) throw new ErrorCtor('asyncio.run() cannot be called from a running event loop');
  running = true;
  const core = newTask(main, { name: undefined });
  runState.main = core.rec;
  void S;
  // Labelled so the script's lane reads "asyncio.run(main())" however the call was spelled.
  return label(new PromiseCtor((resolve, reject) => {
    runUntilComplete(core, () => cancelAll(() => shutdownSteps(SHUTDOWN_STEPS, () => {
      closeLoop();
      running = false;
      runState.main = null;
      try { resolve(core.result()); } catch (e) { reject(e); }
    })));
  }), 'asyncio.run(' + core.rec.name + '())');
}
