// How a run ends: uncaught errors, the virtual time limit, deadlock reports ("all tasks are
// asleep"), asyncio.run shutdown (cancel what is left) and floating-promise warnings.
import type { EndStatus, ThrownError } from './abi.ts';
import { ArrayPrototypeJoin, append, safeArray } from './intrinsics.ts';
import { S } from './state.ts';
import { evEnd, evWarn } from './trace.ts';
import { type TaskRec, liveTasks, shortName } from './tasks.ts';
import { toThrown } from './errors.ts';
import { inspect } from './inspect.ts';
import { withHint } from './hints.ts';

export function thrown(e: unknown): ThrownError {
  return toThrown(e, inspect);
}

/** Node crashes on an uncaught exception (timer or microtask callback): the run ends right here. */
export function reportUncaught(e: unknown): void {
  finish('error', S.now, thrown(e));
}

export function reachLimit(why: string): void {
  if (S.ended) return;
  const limit = S.config.maxVirtualMs;
  evWarn('limit', why + ' (' + limit + ' ms)', null);
  finish('limit', limit, null);
}

/** A limit only the host can count (macrotasks per run) ends the run at the current instant. */
export function hostLimit(why: string): void {
  if (S.ended) return;
  evWarn('limit', why, null);
  finish('limit', S.now, null);
}

function waitText(rec: TaskRec): string {
  const what = rec.kind === 'waiting' ? rec.detail : rec.kind === '' ? 'nothing' : rec.kind;
  return what + (rec.waitLine > 0 && rec.kind === 'waiting' ? ' (line ' + rec.waitLine + ')' : '');
}

/** Floating promises: task promises nobody awaited, then'd or handed to createTask/gather/run. */
function warnNeverAwaited(): void {
  const all = liveTasks();
  for (let i = 0; i < all.length; i++) {
    const rec = all[i];
    if (!rec.observed && rec.state !== 'rejected' && rec.parent !== null) {
      evWarn('never-awaited', rec.name + '() was called but never awaited', rec.id);
    }
  }
}

const finishHooks = safeArray<() => void>();
/** Registers a check that adds its warnings when the run ends (asyncio's unretrieved exceptions). */
export function onFinish(fn: () => void): void {
  append(finishHooks, fn);
}

/** Emits the closing warnings and the 'end' event (with the code process.exit() gave, if it ended the run). */
export function finish(status: EndStatus, virtualMs: number, error: ThrownError | null, exitCode?: number): void {
  if (S.ended) return;
  warnNeverAwaited();
  for (let i = 0; i < finishHooks.length; i++) finishHooks[i]();
  evEnd(status, virtualMs, error === null ? null : withHint(error), exitCode);
}

/** process.exit(code): the run ends now, `ok` for 0, else `error` located where exit was called. */
export function exitRun(code: number, at: Error): void {
  if (S.ended) return;
  const where = thrown(at);
  finish(code === 0 ? 'ok' : 'error', S.now, code === 0 ? null : { ...where, name: 'ProcessExit' }, code);
}

/** Nothing is scheduled but tasks still wait: Go's "all goroutines are asleep". */
export function deadlock(blocked: TaskRec[]): void {
  const parts = safeArray<string>();
  for (let i = 0; i < blocked.length; i++) {
    const rec = blocked[i];
    const text = shortName(rec) + ' is waiting for ' + waitText(rec);
    evWarn('deadlock', text, rec.id);
    if (i < 10) append(parts, text);
  }
  if (blocked.length > 10) append(parts, '… and ' + (blocked.length - 10) + ' more');
  finish('deadlock', S.now, {
    name: 'DeadlockError', message: 'all tasks are asleep — deadlock: ' + ArrayPrototypeJoin(parts, '; '), stack: '',
  });
}

/** Pending tasks at the end of the loop. */
export function pendingTasks(): TaskRec[] {
  const all = liveTasks();
  const out = safeArray<TaskRec>();
  for (let i = 0; i < all.length; i++) if (all[i].state === 'pending') append(out, all[i]);
  return out;
}
