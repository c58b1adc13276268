// The few numbers about a run's timeline that behaviour groups need, pure: computed once when the
// run is stored (lib/db/submissions.ts), so grouping a class never re-reads full traces.
import { z } from 'zod';
import { RUN_STATUSES, type RunResult } from '../runner/protocol.ts';

/** Bumped when the summary's meaning changes; an older summary is treated as missing. */
export const TRACE_SUMMARY_VERSION = 1;

export const TraceSummary = z.object({
  v: z.literal(TRACE_SUMMARY_VERSION),
  status: z.enum(RUN_STATUSES),
  virtualMs: z.number(),
  /** Most tasks waiting on the outside world (a sleep, an event, a queue) at one virtual instant. */
  peakWaiting: z.number().int(),
  /** Such waits of positive length: a staircase has several, one after another. */
  leafWaits: z.number().int(),
  /** Virtual ms spent in blocking spans (blockFor: CPU work that holds the loop). */
  blockingMs: z.number(),
  /** Tasks cancelled when asyncio.run finished, and promises nobody awaited (warnings). */
  cancelledAtShutdown: z.number().int(),
  neverAwaited: z.number().int(),
  /** Tasks still pending or cancelled when the run ended: cut off rather than finished. */
  unfinished: z.number().int(),
  tasks: z.number().int(),
});
export type TraceSummary = z.infer<typeof TraceSummary>;

/** Labels (lib/scheduler) of waits on other tasks or on combinators of them. */
const WAITS_ON_TASKS = ['task ', 'asyncio.run(', 'gather(', 'Promise.', 'shield', 'waitFor(task '];

/**
 * A wait on another task or on a combinator of tasks: "task callApi#2", "gather(3)",
 * "Promise.all(3)", "asyncio.run(main())". The tasks it waits on have their own spans, so counting
 * it too would make `await callApi()` look like two tasks waiting at once.
 */
function waitsOnTasks(detail: string): boolean {
  return WAITS_ON_TASKS.some((prefix) => detail.startsWith(prefix));
}

export function summarizeTrace(result: RunResult): TraceSummary {
  const edges: Array<{ t: number; delta: 1 | -1 }> = [];
  let blockingMs = 0;
  for (const task of result.tasks) {
    for (const span of task.spans) {
      if (span.to <= span.from) continue;
      if (span.kind === 'blocking') blockingMs += span.to - span.from;
      if (span.kind === 'waiting' && !waitsOnTasks(span.detail)) edges.push({ t: span.from, delta: 1 }, { t: span.to, delta: -1 });
    }
  }
  // Half-open spans: an end and a start at the same instant do not overlap.
  edges.sort((a, b) => a.t - b.t || a.delta - b.delta);
  let waiting = 0;
  let peakWaiting = 0;
  for (const edge of edges) {
    waiting += edge.delta;
    if (waiting > peakWaiting) peakWaiting = waiting;
  }
  const count = (kind: string) => result.warnings.filter((w) => w.kind === kind).length;
  return {
    v: TRACE_SUMMARY_VERSION,
    status: result.status,
    virtualMs: result.virtualMs,
    peakWaiting,
    leafWaits: edges.length / 2,
    blockingMs,
    cancelledAtShutdown: count('cancelled-at-shutdown'),
    neverAwaited: count('never-awaited'),
    unfinished: result.tasks.filter((t) => t.state === 'pending' || t.state === 'cancelled').length,
    tasks: result.tasks.length,
  };
}

/** The stored JSON back as a summary; null when missing, unreadable or of another version. */
export function parseTraceSummary(json: string | null): TraceSummary | null {
  if (!json) return null;
  try {
    const parsed = TraceSummary.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
