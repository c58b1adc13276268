// Tasks nobody awaited. From the trace: a task the run cancelled at asyncio.run's shutdown that no
// other task ever waited for ("created but never awaited, so asyncio.run cancelled it"), and a
// call the scheduler reports as never awaited while it finished ("missing `await`?").
import { taskLabels } from '../runner/task-labels.ts';
import { lineInMessage, unawaitedCallLines } from './locate.ts';
import { timeWords } from './time-words.ts';
import type { Insight, RunResult, TaskTrace } from './types.ts';

/** Whether any task's wait names this task (`task callApi#2`) or a group it belongs to was awaited. */
function waitedFor(task: TaskTrace, result: RunResult, label: string): boolean {
  return result.tasks.some((other) => other.spans.some((s) => s.kind === 'waiting' && s.detail === `task ${label}`));
}

export function neverAwaitedTasks(result: RunResult, code: string | null): Insight[] {
  const labels = taskLabels(result.tasks);
  const byId = new Map(result.tasks.map((task) => [task.id, task]));
  const insights: Insight[] = [];
  for (const warning of result.warnings) {
    const task = warning.taskId === undefined ? undefined : byId.get(warning.taskId);
    if (!task) continue;
    const label = labels.get(task.id)!;
    const callLine = code ? unawaitedCallLines(code, task.name)[0] ?? null : null;
    if (warning.kind === 'cancelled-at-shutdown' && task.state === 'cancelled' && !waitedFor(task, result, label)) {
      const waitLine = lineInMessage(warning.message);
      const at = callLine ? ` (created on line ${callLine})` : '';
      insights.push({
        kind: 'cancelled-never-awaited',
        text: `${label} was created${at} but never awaited, so asyncio.run cancelled it at ${timeWords(task.settledAt ?? result.virtualMs)}`
          + `${waitLine ? `, still waiting on line ${waitLine}` : ''}. Await it (or gather it) if its work matters.`,
        line: callLine ?? waitLine, lines: [callLine, waitLine].filter((l): l is number => l !== null),
        taskIds: [task.id], fromMs: task.createdAt, toMs: task.settledAt ?? result.virtualMs,
      });
    } else if (warning.kind === 'never-awaited' && task.name !== 'anonymous') {
      insights.push({
        kind: 'missing-await',
        text: `${task.name}()${callLine ? ` on line ${callLine}` : ''} was called but never awaited — missing \`await\`? `
          + `Its caller went on without it${task.settledAt !== null ? `, and it finished on its own at ${timeWords(task.settledAt)}` : ''}.`,
        line: callLine, lines: callLine ? [callLine] : [],
        taskIds: [task.id], fromMs: task.createdAt, toMs: task.settledAt ?? result.virtualMs,
      });
    }
  }
  return insights;
}
