// "`forEach(async …)` does not wait": forEach calls the async callback once per element and drops
// each promise. From the trace: anonymous calls started by one task at one instant that nobody
// awaited, still running when their caller finished.
import { forEachAsyncLines } from './locate.ts';
import { timeWords } from './time-words.ts';
import type { Insight, RunResult, TaskTrace } from './types.ts';

/** The name the scheduler gives an unnamed async function (an arrow callback). */
const ANONYMOUS = 'anonymous';

export function forEachAsync(result: RunResult, code: string | null): Insight[] {
  const floating = new Set(result.warnings.filter((w) => w.kind === 'never-awaited' && w.taskId !== undefined).map((w) => w.taskId!));
  const groups = new Map<string, TaskTrace[]>();
  for (const task of result.tasks) {
    if (task.name !== ANONYMOUS || !floating.has(task.id) || task.parentId === null) continue;
    const key = `${task.parentId}@${task.createdAt}`;
    groups.set(key, [...(groups.get(key) ?? []), task]);
  }
  const byId = new Map(result.tasks.map((task) => [task.id, task]));
  const lines = code ? forEachAsyncLines(code) : [];
  const insights: Insight[] = [];
  for (const callbacks of groups.values()) {
    const caller = byId.get(callbacks[0].parentId!);
    const callerEnd = caller?.settledAt ?? null;
    const lastEnd = Math.max(...callbacks.map((t) => t.settledAt ?? result.virtualMs));
    // The tell: the caller moved on (finished) while the callbacks were still running.
    if (callbacks.length < 2 || callerEnd === null || callerEnd >= lastEnd) continue;
    const line = lines[0] ?? null;
    insights.push({
      kind: 'for-each-async',
      text: `forEach(async …)${line ? ` on line ${line}` : ''} does not wait: ${caller!.name} started ${callbacks.length} callbacks `
        + `and finished at ${timeWords(callerEnd)}, while they ran until ${timeWords(lastEnd)}. `
        + 'Use `for (const x of items) await …` to go one by one, or `await Promise.all(items.map(async …))` to run them together.',
      line, lines: line ? [line] : [], taskIds: [caller!.id, ...callbacks.map((t) => t.id)], fromMs: callerEnd, toMs: lastEnd,
    });
  }
  return insights;
}
