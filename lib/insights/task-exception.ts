// "Task exception was never retrieved": a task that raised while nobody awaited it ends silently
// in the run's status. From the trace: a rejected task no one waited for (no wait names it, and no
// wait ended the instant it failed, as a gather's would). The scheduler's own warning, when it
// sends one for the task, supplies the message.
import { taskLabels } from '../runner/task-labels.ts';
import { lineInMessage, throwLineIn, unawaitedCallLines } from './locate.ts';
import { timeWords } from './time-words.ts';
import type { Insight, RunResult, TaskTrace } from './types.ts';

function retrieved(task: TaskTrace, label: string, result: RunResult): boolean {
  return result.tasks.some((other) => other.id !== task.id && other.spans.some((s) => s.kind === 'waiting'
    && (s.detail === `task ${label}` || (s.to === task.settledAt && s.from <= task.createdAt))));
}

export function unretrievedExceptions(result: RunResult, code: string | null): Insight[] {
  const labels = taskLabels(result.tasks);
  const insights: Insight[] = [];
  for (const task of result.tasks) {
    if (task.state !== 'rejected' || task.parentId === null) continue;
    const label = labels.get(task.id)!;
    if (retrieved(task, label, result)) continue;
    const warning = result.warnings.find((w) => w.taskId === task.id && w.kind !== 'never-awaited');
    // An uncaught rejection that ended the run is already the run's error, shown as such.
    if (result.status === 'error' && warning?.kind === 'unhandled-rejection') continue;
    const throwLine = (warning && lineInMessage(warning.message)) ?? (code ? throwLineIn(code, task.name) : null);
    const callLine = code ? unawaitedCallLines(code, task.name)[0] ?? null : null;
    const what = warning ? `: ${warning.message.replace(/\s*\(line \d+\)/, '')}` : '';
    insights.push({
      kind: 'task-exception',
      text: `Task exception was never retrieved: ${label} failed at ${timeWords(task.settledAt ?? result.virtualMs)}`
        + `${throwLine ? ` (line ${throwLine})` : ''}${what}, and nobody awaited it, so the error went unseen. `
        + 'Await the task (or gather it) to get its exception.',
      line: throwLine ?? callLine, lines: [throwLine, callLine].filter((l): l is number => l !== null),
      taskIds: [task.id], fromMs: task.settledAt ?? result.virtualMs, toMs: task.settledAt ?? result.virtualMs,
    });
  }
  return insights;
}
