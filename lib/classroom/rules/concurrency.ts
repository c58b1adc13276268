// Concurrency check: the most tasks in a "waiting" span at the same virtual instant, swept from
// the tasks' spans. Spans are half-open [from, to): one ending as another starts do not overlap.
import type { z } from 'zod';
import type { RunResult } from '../../runner/protocol.ts';
import type { ConcurrencyCheck } from '../checks.ts';
import { formatSeconds } from '../format-ms.ts';
import { fail, pass, type RuleOutcome } from './outcome.ts';

export interface PeakWaiting {
  count: number;
  /** Virtual ms at which the peak first happens. */
  at: number;
}

/**
 * A top-level asyncio.run(...) blocks the script until main is done, as Python's does; the script
 * lane's wait on it is not concurrency the student wrote (Taskline labels it "asyncio.run(…)").
 */
function blockedInAsyncioRun(detail: string | undefined): boolean {
  return detail !== undefined && detail.startsWith('asyncio.run(');
}

export function peakWaiting(result: RunResult): PeakWaiting {
  const edges: Array<{ t: number; delta: number }> = [];
  for (const task of result.tasks) {
    for (const span of task.spans) {
      // Zero-length waits never overlap anything at an instant a student could see.
      if (span.kind === 'waiting' && span.to > span.from && !blockedInAsyncioRun(span.detail)) edges.push({ t: span.from, delta: 1 }, { t: span.to, delta: -1 });
    }
  }
  // Ends before starts at the same instant, so back-to-back spans are not counted twice.
  edges.sort((a, b) => a.t - b.t || a.delta - b.delta);
  let current = 0;
  let peak: PeakWaiting = { count: 0, at: 0 };
  for (const edge of edges) {
    current += edge.delta;
    if (current > peak.count) peak = { count: current, at: edge.t };
  }
  return peak;
}

export function checkConcurrency(check: z.infer<typeof ConcurrencyCheck>, result: RunResult): RuleOutcome {
  const peak = peakWaiting(result);
  const sentence = peak.count
    ? `at most ${peak.count} task(s) waited at the same time (first at ${formatSeconds(peak.at)}), need at least ${check.minWaiting}`
    : `no task ever waited, need at least ${check.minWaiting} waiting at the same time`;
  return peak.count >= check.minWaiting ? pass(sentence) : fail(sentence);
}
