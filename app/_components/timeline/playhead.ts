// The playhead's model: which instants it can step between, and what each task and the console
// look like at a given virtual time.
import type { ConsoleLine, RunResult, SpanKind, TaskTrace } from '@/lib/runner/protocol.ts';

/** Every instant something happens (a span starts or ends, a line is printed), sorted, unique. */
export function eventTimes(result: RunResult): number[] {
  const times = new Set<number>([0, result.virtualMs]);
  for (const task of result.tasks) {
    times.add(task.createdAt);
    if (task.settledAt !== null) times.add(task.settledAt);
    for (const span of task.spans) {
      times.add(span.from);
      times.add(span.to);
    }
  }
  for (const line of result.console) times.add(line.t);
  return [...times].sort((a, b) => a - b);
}

/** The next (+1) or previous (-1) event time from t, staying put at either end. */
export function stepTime(times: readonly number[], t: number, direction: 1 | -1): number {
  if (times.length === 0) return t;
  if (direction > 0) return times.find((time) => time > t) ?? times[times.length - 1];
  for (let i = times.length - 1; i >= 0; i--) if (times[i] < t) return times[i];
  return times[0];
}

export type Activity =
  | { kind: SpanKind; detail: string; from: number; to: number }
  | { kind: 'not-started' }
  | { kind: 'settled'; state: TaskTrace['state'] }
  | { kind: 'idle' };

/** What a task is doing at virtual time t. A 0 ms running span counts at its own instant. */
export function activityAt(task: TaskTrace, t: number): Activity {
  if (t < task.createdAt) return { kind: 'not-started' };
  const spans = task.spans;
  // Last span starting at or before t (spans are in time order).
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].from <= t) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  // Spans are sequential, so only the last few can cover t; a 0 ms span counts at its instant,
  // unless the task also settled then: at that instant it has finished, which says more.
  const settled = task.settledAt !== null && task.settledAt <= t;
  for (let i = found; i >= 0 && i >= found - 2; i--) {
    const span = spans[i];
    if (span.to > t || (span.from === t && span.to === t && !settled)) {
      return { kind: span.kind, detail: span.detail, from: span.from, to: span.to };
    }
  }
  // A task still pending when the run ended keeps doing what its last span says (a deadlocked
  // task's final wait is recorded as ending at the run's end, but it never stopped waiting).
  const last = spans[spans.length - 1];
  if (task.settledAt === null && last && found === spans.length - 1 && last.kind === 'waiting') {
    return { kind: last.kind, detail: last.detail, from: last.from, to: last.to };
  }
  if (settled) return { kind: 'settled', state: task.state };
  return { kind: 'idle' };
}

/** How many console lines were printed at or before t (lines are in time order). */
export function linesUpTo(lines: readonly ConsoleLine[], t: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid].t <= t) lo = mid + 1; else hi = mid;
  }
  return lo;
}
