// The virtual clock's timer queue: a binary min-heap ordered by due time, ties by creation order
// (Node's rule), and each timer's jittered due window. Cleared timers are dropped lazily at the top.
import { safeArray } from './intrinsics.ts';
import { S } from './state.ts';
import { jitterFraction } from './choices.ts';

export interface Timer {
  due: number;
  seq: number;
  /** Task the callback runs as (the task that created the timer). */
  task: number;
  fn: () => void;
  /** Repeat interval in ms for setInterval, else -1. */
  repeat: number;
  active: boolean;
  /** Keeps the run alive (Node's ref/unref); an unref'd timer still fires while something else does. */
  ref: boolean;
  /** Earliest and latest jittered due time while exploring with jitter (else both are `due`). */
  lo: number;
  hi: number;
}

const heap = safeArray<Timer>();
let seq = 0;
let live = 0;
/** Active timers that keep the run alive. */
let refed = 0;

function less(a: Timer, b: Timer): boolean {
  return a.due < b.due || (a.due === b.due && a.seq < b.seq);
}

function push(t: Timer): void {
  let i = heap.length;
  heap[i] = t;
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (!less(heap[i], heap[p])) break;
    const tmp = heap[p]; heap[p] = heap[i]; heap[i] = tmp;
    i = p;
  }
}

function pop(): Timer {
  const top = heap[0];
  const last = heap[heap.length - 1];
  heap.length--;
  if (heap.length > 0) {
    heap[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1, r = l + 1;
      let m = i;
      if (l < heap.length && less(heap[l], heap[m])) m = l;
      if (r < heap.length && less(heap[r], heap[m])) m = r;
      if (m === i) break;
      const tmp = heap[m]; heap[m] = heap[i]; heap[i] = tmp;
      i = m;
    }
  }
  return top;
}

/**
 * The jittered clock is S.now + offset: it moves with the nominal clock (blockFor), and a timer
 * taken "early" or "late" within its window shifts it (timer-choices.ts). Every pending timer's
 * window ends at or after it (its invariant), so the default timer is always a candidate.
 */
export const jittered = { offset: 0 };

/** A new (or re-armed interval) timer's window: its delay d can be anything in [d(1-J), d(1+J)]. */
function jitterWindow(t: Timer, delay: number): void {
  const j = jitterFraction();
  if (j === 0) { t.lo = t.hi = t.due; return; }
  const base = S.now + jittered.offset;
  t.lo = base + delay * (1 - j);
  t.hi = base + delay * (1 + j);
}

/** Schedules fn to run as `task` after delay virtual ms (delay is already normalised). */
export function addTimer(delay: number, fn: () => void, task: number, repeat = -1): Timer {
  const t: Timer = { due: S.now + delay, seq: seq++, task, fn, repeat, active: true, ref: true, lo: 0, hi: 0 };
  jitterWindow(t, delay);
  live++;
  refed++;
  push(t);
  return t;
}

/** Puts a fired interval back with a fresh creation order, as Node re-inserts it. */
export function rearm(t: Timer): void {
  t.due = S.now + t.repeat;
  t.seq = seq++;
  jitterWindow(t, t.repeat);
  push(t);
}

export function clearTimer(t: Timer): void {
  if (t.active) {
    t.active = false;
    live--;
    if (t.ref) refed--;
  }
}

/** Node's timer.ref()/unref(): only ref'd timers keep the run going. */
export function setTimerRef(t: Timer, on: boolean): void {
  if (t.active && t.ref !== on) refed += on ? 1 : -1;
  t.ref = on;
}

/** timeout.refresh(): the same timer due `delay` ms from now, queued after timers already due then. */
export function retime(t: Timer, delay: number): Timer {
  const ref = t.ref;
  clearTimer(t);
  const next = addTimer(delay, t.fn, t.task, t.repeat);
  setTimerRef(next, ref);
  return next;
}

/** The next active timer without removing it, or null when nothing is scheduled. */
export function peekTimer(): Timer | null {
  while (heap.length > 0 && !heap[0].active) pop();
  return heap.length > 0 ? heap[0] : null;
}

/** The heap itself (read only), for the explorer's choice among due timers (timer-choices.ts). */
export function timerHeap(): readonly Timer[] {
  return heap;
}

/** Takes `chosen` out of the heap instead of the top: it goes to the top first, then is popped. */
function raiseToTop(chosen: Timer): void {
  let i = 0;
  while (heap[i] !== chosen) i++;
  while (i > 0) {
    const p = (i - 1) >> 1;
    const tmp = heap[p]; heap[p] = heap[i]; heap[i] = tmp;
    i = p;
  }
}

/**
 * Removes and returns the next active timer (call peekTimer first), or `chosen` when the explorer
 * picked another due one. Intervals stay live.
 */
export function takeTimer(chosen?: Timer): Timer {
  if (chosen !== undefined && chosen !== heap[0]) raiseToTop(chosen);
  const t = pop();
  if (t.repeat < 0) { t.active = false; live--; if (t.ref) refed--; }
  return t;
}

export function refedTimers(): number {
  return refed;
}

/**
 * Removes the active timers due by `t` that `pick` selects, in queue order, and leaves the rest
 * in place with their order (asyncio's round start moves every due asyncio timer at once).
 */
export function takeDueWhere(t: number, pick: (timer: Timer) => boolean): Timer[] {
  const taken = safeArray<Timer>();
  const kept = safeArray<Timer>();
  while (heap.length > 0 && heap[0].due <= t) {
    const top = pop();
    if (!top.active) continue;
    if (pick(top)) {
      if (top.repeat < 0) { top.active = false; live--; if (top.ref) refed--; }
      taken[taken.length] = top;
    } else kept[kept.length] = top;
  }
  for (let i = 0; i < kept.length; i++) push(kept[i]);
  return taken;
}
