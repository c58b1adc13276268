// The event loop, one macrotask per host call: STEP_GLOBAL runs pending nextTicks, or asyncio's round
// in progress, or the macrotask next-macrotask.ts picks (a timer, jumping the virtual clock only when
// nothing else can run, or an immediate) followed by the ticks it queued, or decides how the run
// ends. isolated-vm drains
// the microtasks after each call, so between two steps the microtask queue is always empty.
import { JSONParse, MathMax } from './intrinsics.ts';
import { S } from './state.ts';
import { endOfStep, evWarn, takeBuffered } from './trace.ts';
import { type Timer, rearm, takeTimer } from './clock.ts';
import { nextMacrotask } from './next-macrotask.ts';
import { callImmediate } from './immediates.ts';
import { hasTicks, runTicks } from './ticks.ts';
import { continueRound } from './asyncio/ready.ts';
import { takeUnhandled } from './promises.ts';
import { flushExits } from './hooks.ts';
import { runState, shortName, type TaskRec } from './tasks.ts';
import { deadlock, finish, hostLimit, pendingTasks, reachLimit, reportUncaught, thrown } from './ending.ts';
import { exploring } from './choices.ts';
import { chooseTimer } from './timer-choices.ts';
import { startHarnessPhase } from './harness-phase.ts';

/**
 * The reply carries no events: everything goes out through the emit callback instead. Microtasks
 * run after this string is built (when isolated-vm drains them), and their flushes would
 * otherwise reach the host before events held in the reply.
 */
function reply(more: boolean): string {
  endOfStep();
  return '[' + (more && !S.ended) + ',' + takeBuffered() + ']';
}

/**
 * The host calls step(faultJson) after a call into the isolate threw. kind "flush" (after a
 * timeout) only collects the buffered events; kind "limit" ends the run at a limit the host
 * counts (macrotasks); otherwise the throw was an unhandled native rejection isolated-vm
 * re-threw, and the run ends with it.
 */
function hostFault(faultJson: string): void {
  let err = { name: 'Error', message: 'unknown error', stack: '' };
  try {
    const f = JSONParse(faultJson);
    if (f.kind === 'flush') return;
    if (f.kind === 'limit') return hostLimit('' + f.message);
    err = { name: '' + f.name, message: '' + f.message, stack: '' + f.stack };
  } catch { /* keep the generic error */ }
  evWarn('unhandled-rejection', 'Unhandled promise rejection: ' + err.name + ': ' + err.message, null);
  finish('error', S.now, err);
}

/** Checks made once the previous macrotask's microtasks have drained. Returns false if the run ended. */
function afterMicrotasks(): boolean {
  const rec: TaskRec | null = takeUnhandled();
  if (rec !== null) {
    const err = thrown(rec.value);
    // A throw at the top level is Node's uncaught exception, not a floating rejection.
    if (rec !== runState.script) {
      evWarn('unhandled-rejection', 'Unhandled rejection in task ' + shortName(rec) + ': ' + err.name + ': ' + err.message, rec.id);
    }
    finish('error', S.now, err);
    return false;
  }
  flushExits();
  return true;
}

export function step(faultJson?: unknown): string {
  if (S.ended) return reply(false);
  if (typeof faultJson === 'string') {
    hostFault(faultJson);
    return reply(false);
  }
  // Ticks queued by the main module or by microtasks run before anything else (Node's
  // processTicksAndRejections); their microtasks drain when this call returns.
  if (hasTicks()) {
    runTicks();
    return reply(true);
  }
  if (!afterMicrotasks()) return reply(false);
  // asyncio's round in progress runs first, one ready entry per step (asyncio/ready.ts).
  if (continueRound()) return reply(!S.ended);
  const next = nextMacrotask();
  if (next === null) {
    // Node exits when nothing is scheduled; only a still-waiting script or main is a deadlock.
    const script = runState.script, main = runState.main;
    if ((script !== null && script.state === 'pending') || (main !== null && main.state === 'pending')) {
      deadlock(pendingTasks());
    } else if (startHarnessPhase()) {
      return reply(true);
    } else finish('ok', S.now, null);
    return reply(false);
  }
  if (next.kind === 'immediate') {
    runAs(next.immediate.task, callImmediate, next.immediate);
    runTicks();
    return reply(true);
  }
  // Exploring: another timer due now (or within jitter) may run instead; a misfit schedule ends here.
  const timer = exploring() ? chooseTimer(next.timer) : next.timer;
  if (S.ended) return reply(false);
  if (timer.due > S.now) {
    if (timer.due > S.config.maxVirtualMs) {
      reachLimit('The next timer is due after the virtual time limit');
      return reply(false);
    }
    S.now = MathMax(S.now, timer.due);
  }
  takeTimer(timer);
  runAs(timer.task, runTimer, timer);
  if (timer.repeat >= 0 && timer.active) rearm(timer);
  runTicks();
  return reply(true);
}

function runTimer(timer: Timer): void {
  timer.fn();
}

/** Runs one macrotask callback as `task`; an exception is Node's uncaught exception. */
function runAs<T>(task: number, fn: (arg: T) => void, arg: T): void {
  const prev = S.current;
  S.current = task;
  try {
    fn(arg);
  } catch (e) {
    reportUncaught(e);
  } finally {
    S.current = prev;
  }
}
