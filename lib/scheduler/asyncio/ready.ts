// The asyncio loop's ready queue, run in rounds as CPython's BaseEventLoop._run_once does: a round
// first moves every asyncio timer due by now to the queue, then runs the entries queued at its
// start (FIFO); entries queued meanwhile wait for the next round. Each entry is one host step, so
// the microtasks it causes (the rest of a coroutine's step) drain before the next entry runs.
import {
  MapCtor, MapPrototypeDelete, MapPrototypeForEach, MapPrototypeGet, MapPrototypeHas, MapPrototypeSet, safeArray,
} from '../intrinsics.ts';
import { S } from '../state.ts';
import { Fifo } from '../fifo.ts';
import { type Timer, addTimer, clearTimer, peekTimer, takeDueWhere } from '../clock.ts';
import { reportUncaught } from '../ending.ts';
import { MathRound } from '../intrinsics.ts';

/** asyncio counts seconds, the virtual clock whole milliseconds: seconds → ms (negative and NaN are 0). */
export function toMs(seconds: unknown): number {
  const n = +(seconds as number) * 1000;
  return n > 0 ? MathRound(n) : 0;
}

export interface Handle {
  fn: () => void;
  /** Task id the entry runs as (S.current while it runs). */
  task: number;
  cancelled: boolean;
  /**
   * Scheduler bookkeeping that runs no program code (a sleep's set_result, gather's and wait's
   * done callbacks): it may share a host step with the entries after it. An entry that resumes
   * a task gets a step of its own, so that task's microtasks drain before the next entry.
   */
  pure: boolean;
}

const ready = new Fifo<Handle>();
/** Entries of the current round not yet run (CPython's ntodo). */
let roundLeft = 0;
let inRound = false;
/** The zero-delay timer that starts the next round, so rounds take turns with Node's timers. */
let roundTimer: Timer | null = null;
/** Pending asyncio timers and the entry each one moves to the ready queue. */
const timerHandles = new MapCtor<Timer, Handle>();
const isAsyncioTimer = (t: Timer) => MapPrototypeHas(timerHandles, t);
interface RoundEndHook { fn: () => void; pure: boolean }
let roundEndHooks = safeArray<RoundEndHook>();

/**
 * THE choice point of the asyncio loop: which ready entry of the current round runs next.
 * CPython takes the oldest. An explorer of other orderings installs a chooser with
 * setReadyChooser: given how many entries the round still has (the first `eligible` of the ready
 * queue; later ones belong to the next round), it returns the index of the one to run.
 */
export type ReadyChooser = (eligible: number) => number;
let chooser: ReadyChooser | null = null;
export function nextReadyEntry(): Handle {
  if (chooser === null || roundLeft <= 1) return ready.shift() as Handle;
  const i = chooser(roundLeft);
  return (i > 0 && i < roundLeft ? ready.takeAt(i) : ready.shift()) as Handle;
}
export function setReadyChooser(fn: ReadyChooser | null): void {
  chooser = fn;
}

function scheduleRound(): void {
  if (roundTimer === null) roundTimer = addTimer(0, startRound, 0);
}

/** loop.call_soon(fn): runs fn in the next round (or this one's successor, if a round is running). */
export function callSoon(fn: () => void, pure = false): Handle {
  const h: Handle = { fn, task: S.current, cancelled: false, pure };
  ready.push(h);
  if (!inRound) scheduleRound();
  return h;
}

export interface TimerHandle { cancel(): void }

/** loop.call_later(ms, fn): when due, a round starts and moves fn (with every other due one) to the queue. */
export function callLater(ms: number, fn: () => void, pure = false): TimerHandle {
  const h: Handle = { fn, task: S.current, cancelled: false, pure };
  const t: Timer = addTimer(ms, () => { enqueueTimer(t); startRound(); }, 0);
  MapPrototypeSet(timerHandles, t, h);
  return { cancel() { h.cancelled = true; clearTimer(t); MapPrototypeDelete(timerHandles, t); } };
}

function enqueueTimer(t: Timer): void {
  const h = MapPrototypeGet(timerHandles, t);
  MapPrototypeDelete(timerHandles, t);
  if (h !== undefined && !h.cancelled) ready.push(h);
}

/**
 * Runs fn once the current round has finished (loop.stop() takes effect at a round's end). pure:
 * fn settles no promise the program awaits (else the step ends after it, for their microtasks).
 */
export function atRoundEnd(fn: () => void, pure = true): void {
  roundEndHooks[roundEndHooks.length] = { fn, pure };
  if (!inRound) scheduleRound();
}

/** Closes the round: runs the round-end hooks, queues the next round. False if a hook was not pure. */
function endRound(): boolean {
  inRound = false;
  const hooks = roundEndHooks;
  roundEndHooks = safeArray<RoundEndHook>();
  let pure = true;
  for (let i = 0; i < hooks.length; i++) {
    hooks[i].fn();
    if (!hooks[i].pure) pure = false;
  }
  if (ready.size > 0 || roundEndHooks.length > 0) scheduleRound();
  return pure;
}

function beginRound(): void {
  if (roundTimer !== null) { clearTimer(roundTimer); roundTimer = null; }
  const due = takeDueWhere(S.now, isAsyncioTimer);
  for (let i = 0; i < due.length; i++) enqueueTimer(due[i]);
  inRound = true;
  roundLeft = ready.size;
}

function startRound(): void {
  beginRound();
  runNext();
}

function runNext(): void {
  for (;;) {
    // Cancelled and pure entries run no program code, so they need no step of their own.
    while (roundLeft > 0 && !S.ended) {
      const h = nextReadyEntry();
      roundLeft--;
      if (h.cancelled) continue;
      const prev = S.current;
      S.current = h.task;
      try { h.fn(); } catch (e) { reportUncaught(e); } finally { S.current = prev; }
      if (!h.pure) return;
    }
    // A round of bookkeeping only: if the next round is the very next turn of the timer queue
    // anyway, it starts in this step (same order, fewer host calls).
    if (S.ended || !endRound() || roundTimer === null || peekTimer() !== roundTimer) return;
    beginRound();
  }
}

/** Called by the loop before anything else in a step: true if it ran the round's next entry. */
export function continueRound(): boolean {
  if (roundLeft > 0) {
    runNext();
    return true;
  }
  // Hooks that settled a promise (asyncio.run's) need this step for their microtasks.
  if (inRound) return !endRound();
  return false;
}

/** loop.close(): drops queued entries and asyncio timers (Node's timers are not the loop's). */
export function closeLoop(): void {
  for (let h = ready.shift(); h !== undefined; h = ready.shift()) h.cancelled = true;
  roundLeft = 0;
  const all = safeArray<Timer>();
  MapPrototypeForEach(timerHandles, (h: Handle, t: Timer) => { h.cancelled = true; clearTimer(t); all[all.length] = t; });
  for (let i = 0; i < all.length; i++) MapPrototypeDelete(timerHandles, all[i]);
}
