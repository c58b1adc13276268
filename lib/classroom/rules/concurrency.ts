// Concurrency check: the most tasks in a "waiting" span at the same virtual instant, swept from
// the tasks' spans. Spans are half-open [from, to): one ending as another starts do not overlap.
import type { z } from 'zod';
import type { RunResult } from '../../runner/protocol.ts';
import type { ConcurrencyCheck } from '../checks.ts';
import { formatSeconds, endedBadly, fail, pass, type RuleOutcome } from './outcome.ts';

/** Task names quoted in a reason before "…". */
const MAX_NAMED_TASKS = 5;

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

interface WaitEdge { t: number; delta: 1 | -1; task: string }

function edges(result: RunResult): WaitEdge[] {
  const out: WaitEdge[] = [];
  for (const task of result.tasks) {
    for (const span of task.spans) {
      // Zero-length waits never overlap anything at an instant a student could see.
      if (span.kind === 'waiting' && span.to > span.from && !blockedInAsyncioRun(span.detail)) out.push({ t: span.from, delta: 1, task: task.name }, { t: span.to, delta: -1, task: task.name });
    }
  }
  // Ends before starts at the same instant, so back-to-back spans are not counted twice.
  return out.sort((a, b) => a.t - b.t || a.delta - b.delta);
}

/** The first peak, when it ends, and which tasks were waiting during it. */
function sweep(result: RunResult): PeakWaiting & { until: number; tasks: string[] } {
  const waiting: string[] = [];
  let peak = { count: 0, at: 0, until: 0, tasks: [] as string[] };
  let open = false;
  for (const edge of edges(result)) {
    if (edge.delta === 1) waiting.push(edge.task);
    else waiting.splice(waiting.indexOf(edge.task), 1);
    if (open && edge.delta === -1) { peak.until = edge.t; open = false; }
    if (waiting.length > peak.count) { peak = { count: waiting.length, at: edge.t, until: edge.t, tasks: [...waiting] }; open = true; }
  }
  return peak;
}

export function peakWaiting(result: RunResult): PeakWaiting {
  const { count, at } = sweep(result);
  return { count, at };
}

export function checkConcurrency(check: z.infer<typeof ConcurrencyCheck>, result: RunResult): RuleOutcome {
  const need = `${check.minWaiting} task(s) waiting at the same time`;
  // Tasks stuck forever in a deadlock (or cut off by a limit) also "wait at the same time"; that is
  // not the overlap a student was asked for, so only a run that finished counts, as for time.
  if (result.status !== 'ok') return fail(`not counted: ${endedBadly(result)}; concurrency is counted only in a run that ends "ok" (need ${need})`);
  const peak = sweep(result);
  if (!peak.count) return fail(`no task ever waited; need ${need}`);
  const names = peak.tasks.slice(0, MAX_NAMED_TASKS).join(', ') + (peak.tasks.length > MAX_NAMED_TASKS ? ', …' : '');
  const when = `from ${formatSeconds(peak.at)} to ${formatSeconds(peak.until)} in the timeline: ${names}`;
  if (peak.count >= check.minWaiting) return pass(`${peak.count} task(s) waited at the same time (${when}); needed ${check.minWaiting}`);
  return fail(`only ${peak.count} task(s) ever waited at the same time (${when}); need ${need}`);
}
