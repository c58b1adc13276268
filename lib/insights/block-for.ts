// "`blockFor` on line 12 blocked every task for 2 s": a blocking span holds the one event loop, so
// every other task that was due to run meanwhile had to wait. From the trace: the blocking span,
// and the tasks whose waits ended only when it did.
import { callLinesWithArg, callLines } from './locate.ts';
import { timeWords } from './time-words.ts';
import type { Insight, RunResult } from './types.ts';

/** blockFor(ms) shows in the trace as a blocking span `blockFor(<ms>)`. */
const BLOCK_DETAIL = /^blockFor\((\d+(?:\.\d+)?)\)$/;

export function blockingSpans(result: RunResult, code: string | null): Insight[] {
  const insights: Insight[] = [];
  for (const task of result.tasks) {
    for (const span of task.spans) {
      if (span.kind !== 'blocking' || span.to <= span.from) continue;
      const ms = Number(BLOCK_DETAIL.exec(span.detail)?.[1] ?? span.to - span.from);
      const line = code ? (callLinesWithArg(code, 'blockFor', ms)[0] ?? callLines(code, 'blockFor')[0] ?? null) : null;
      // Tasks that were waiting when the block began and resumed only as it ended were held up by it.
      const delayed = result.tasks.filter((other) => other.id !== task.id && other.spans.some(
        (s) => s.kind === 'waiting' && s.from < span.from && s.to === span.to));
      const held = delayed.length > 0 ? ` (${delayed.map((t) => t.name).join(', ')} could not run until it ended)` : '';
      insights.push({
        kind: 'block-for',
        text: `blockFor${line ? ` on line ${line}` : ''} in ${task.name} blocked every task for ${timeWords(span.to - span.from)}, `
          + `from ${timeWords(span.from)} to ${timeWords(span.to)}${held}. CPU work holds the event loop: nothing else runs until it returns.`,
        line, lines: line ? [line] : [], taskIds: [task.id, ...delayed.map((t) => t.id)], fromMs: span.from, toMs: span.to,
      });
    }
  }
  return insights;
}
