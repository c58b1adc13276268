// The one place that decides which macrotask runs next, following Node's loop phases on the virtual
// clock: the timers phase runs every timer due by now, then the check phase runs the immediates
// queued before it began (later ones wait for the next iteration), then the clock jumps to the next
// timer when nothing else can run. Only ref'd timers and immediates keep the run alive.
import { S } from './state.ts';
import { type Timer, peekTimer, refedTimers } from './clock.ts';
import { type ImmediateRec, hasImmediates, immediateMark, refedImmediates, takeImmediate } from './immediates.ts';
import { evWarn } from './trace.ts';

export type Macrotask = { kind: 'timer'; timer: Timer } | { kind: 'immediate'; immediate: ImmediateRec };

/**
 * Node's first loop iteration starts after the main module has run, usually more than 1 ms after
 * it scheduled `setTimeout(f, 0)` (first console.log alone initialises stdout), so that timer is
 * usually already due and runs before a setImmediate. Usually, not always: Taskline picks the
 * usual order and says so in a warning.
 */
const MAIN_MODULE_MS = 1;

/** End (exclusive, by sequence) of the running check phase's immediates; -1 outside a check phase. */
let checkUntil = -1;
/** Latest due time the first timers phase treats as expired; -1 once the first iteration is over. */
let firstHorizon = -2;
let warned = false;

function warnFirstOrder(): void {
  if (warned) return;
  warned = true;
  evWarn('order-not-guaranteed',
    'setTimeout(…, 0) ran before setImmediate(): both were scheduled by the main module, and Node runs them in '
    + 'either order (usually the timer first, when the main module took over 1 ms). Do not rely on it.', null);
}

/** Whether anything still keeps the run alive (Node's loop-alive check). */
export function loopAlive(): boolean {
  return refedTimers() > 0 || refedImmediates() > 0;
}

/**
 * The next macrotask, or null when nothing keeps the run alive. A timer may be due later than now:
 * the caller moves the clock to its due time (or ends the run at the virtual time limit).
 */
export function nextMacrotask(): Macrotask | null {
  if (checkUntil >= 0) {
    const imm = takeImmediate(checkUntil);
    if (imm !== null) return { kind: 'immediate', immediate: imm };
    checkUntil = -1;
  }
  if (!loopAlive()) return null;
  if (firstHorizon === -2) firstHorizon = S.now + MAIN_MODULE_MS;
  const timer = peekTimer();
  const horizon = firstHorizon >= 0 ? firstHorizon : S.now;
  if (timer !== null && timer.due <= horizon) {
    if (timer.due > S.now && hasImmediates()) warnFirstOrder();
    return { kind: 'timer', timer };
  }
  firstHorizon = -1;
  if (hasImmediates()) {
    checkUntil = immediateMark();
    const imm = takeImmediate(checkUntil);
    if (imm !== null) return { kind: 'immediate', immediate: imm };
    checkUntil = -1;
  }
  return timer === null ? null : { kind: 'timer', timer };
}
