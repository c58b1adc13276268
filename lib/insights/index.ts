// Insights: what a run's trace teaches, in plain words with the lines and time spans they concern.
// Pure: RunResult (+ the code that produced it, for line numbers) in, Insight[] out.
import { sequentialAwaits } from './sequential.ts';
import { neverAwaitedTasks } from './shutdown.ts';
import { blockingSpans } from './block-for.ts';
import { forEachAsync } from './for-each.ts';
import { unretrievedExceptions } from './task-exception.ts';
import { cpuLimit } from './cpu-limit.ts';
import type { Insight, RunResult } from './types.ts';

export type { Insight, InsightKind, CodeMark } from './types.ts';
export { directCallIds, directCalls } from './direct-calls.ts';
export { codeMarks } from './marks.ts';
export { readyStretches, type ReadyStretch } from './ready.ts';

/** Most insights shown for one run: a pathological trace must not flood the page. */
export const MAX_INSIGHTS = 12;

export function computeInsights(result: RunResult, code: string | null): Insight[] {
  // forEach callbacks are also never awaited: report them once, as the forEach they are.
  const forEach = forEachAsync(result, code);
  const inForEach = new Set(forEach.flatMap((insight) => insight.taskIds.slice(1)));
  return [
    ...cpuLimit(result, code),
    ...unretrievedExceptions(result, code),
    ...sequentialAwaits(result, code),
    ...neverAwaitedTasks(result, code).filter((insight) => !insight.taskIds.some((id) => inForEach.has(id))),
    ...blockingSpans(result, code),
    ...forEach,
  ].slice(0, MAX_INSIGHTS);
}
