// Which due timer runs next while exploring: timers due at the same instant are a choice point,
// and with latency jitter J so are timers whose jittered due windows overlap (docs/explore.md).
// The virtual clock stays nominal; a hidden jittered clock keeps the choices consistent.
import { MathMax, append, safeArray } from './intrinsics.ts';
import { S } from './state.ts';
import { type Timer, jittered, timerHeap } from './clock.ts';
import { choose, jitterFraction } from './choices.ts';
import { finish } from './ending.ts';
import { isLoopTimer } from './asyncio/ready.ts';

const before = (a: Timer, b: Timer) => a.due < b.due || (a.due === b.due && a.seq < b.seq);

/** Below this many timers an insertion sort beats the merge sort's allocations. */
const INSERTION_SORT_MAX = 16;

/** Merge sort by (due, creation): O(k log k) even for thousands of tied timers, no Array.prototype. */
function sortTimers(list: Timer[]): Timer[] {
  if (list.length <= INSERTION_SORT_MAX) {
    const out = safeArray<Timer>();
    for (let i = 0; i < list.length; i++) {
      let j = out.length;
      append(out, list[i]);
      for (; j > 0 && before(list[i], out[j - 1]); j--) out[j] = out[j - 1];
      out[j] = list[i];
    }
    return out;
  }
  const mid = list.length >> 1;
  const left = safeArray<Timer>(), right = safeArray<Timer>();
  for (let i = 0; i < list.length; i++) append(i < mid ? left : right, list[i]);
  const a = sortTimers(left), b = sortTimers(right);
  const out = safeArray<Timer>();
  let i = 0, j = 0;
  while (i < a.length || j < b.length) append(out, j >= b.length || (i < a.length && before(a[i], b[j])) ? a[i++] : b[j++]);
  return out;
}

/**
 * The options in (due, creation) order, so option 0 is Node's choice. Of the timers due together
 * that start an asyncio round only the first is an option: whichever fires, the round takes them
 * all, and the order inside it is the round's own choice (asyncio-choices.ts).
 */
function optionsOf(found: Timer[]): Timer[] {
  const sorted = sortTimers(found);
  const out = safeArray<Timer>();
  for (let i = 0; i < sorted.length; i++) {
    const t = sorted[i];
    if (isLoopTimer(t) && sameDueLoopTimerKept(out, t)) continue;
    append(out, t);
  }
  return out;
}

/** Distinct due times of loop timers optionCount tracks (it is quadratic in them); beyond, the options are sorted. */
const COUNT_UNSORTED_MAX_DUES = 64;

/**
 * How many options optionsOf(found) has, without sorting: every timer, except that loop timers due
 * together count once. Its option 0 is the first of found by (due, creation) (firstOf), so a
 * default choice, the most common one, needs no sort. -1: too many loop timers' due times to count this way.
 */
function optionCount(found: Timer[]): number {
  const loopDues = safeArray<number>();
  let n = 0;
  for (let i = 0; i < found.length; i++) {
    const t = found[i];
    if (!isLoopTimer(t)) n++;
    else {
      let seen = false;
      for (let k = 0; k < loopDues.length && !seen; k++) seen = loopDues[k] === t.due;
      if (seen) continue;
      if (loopDues.length >= COUNT_UNSORTED_MAX_DUES) return -1;
      append(loopDues, t.due);
      n++;
    }
  }
  return n;
}

function firstOf(found: Timer[]): Timer {
  let first = found[0];
  for (let i = 1; i < found.length; i++) if (before(found[i], first)) first = found[i];
  return first;
}

/** Whether a loop timer due with t was already kept (sorted by due: they are at the end). */
function sameDueLoopTimerKept(kept: Timer[], t: Timer): boolean {
  for (let k = kept.length - 1; k >= 0 && kept[k].due === t.due; k--) if (isLoopTimer(kept[k])) return true;
  return false;
}

/** Without jitter the ties are the heap's top subtree with the top's due time: O(ties). */
function tiesWith(top: Timer, out: Timer[]): void {
  const heap = timerHeap();
  const stack = safeArray<number>();
  append(stack, 0);
  while (stack.length > 0) {
    const i = stack[stack.length - 1];
    stack.length--;
    const t = heap[i];
    if (t === undefined || t.due !== top.due) continue;
    if (t.active) append(out, t);
    append(stack, 2 * i + 1);
    append(stack, 2 * i + 2);
  }
}

/** With jitter: every timer that some choice of delays, consistent with the past, makes next. */
function overlapping(out: Timer[]): void {
  const heap = timerHeap();
  let minHi = Infinity;
  for (let i = 0; i < heap.length; i++) if (heap[i].active && heap[i].hi < minHi) minHi = heap[i].hi;
  const now = S.now + jittered.offset;
  for (let i = 0; i < heap.length; i++) {
    const t = heap[i];
    if (t.active && MathMax(now, t.lo) <= minHi) append(out, t);
  }
}

/** The timer to run next (still in the heap); top is the default, Node's next timer. */
export function chooseTimer(top: Timer): Timer {
  const found = safeArray<Timer>();
  if (jitterFraction() === 0) tiesWith(top, found);
  else overlapping(found);
  // Sorted only when a choice needs more than option 0 (a walk, a detailed replay, a non-default
  // step), or when counting without sorting could take quadratic time.
  let options: Timer[] | null = null;
  let n = optionCount(found);
  if (n < 0) n = (options = optionsOf(found)).length;
  const option = (i: number): Timer => (options ??= optionsOf(found))[i];
  let picked = top;
  if (n > 1) {
    const c = choose(n, MathMax(S.now, top.due), (i) => option(i).task, (e) => finish('error', S.now, e));
    picked = c === 0 && options === null ? firstOf(found) : option(c);
  }
  if (jitterFraction() !== 0) {
    const firesAt = MathMax(S.now + jittered.offset, picked.lo);
    jittered.offset = firesAt - MathMax(S.now, picked.due);
  }
  return picked;
}
