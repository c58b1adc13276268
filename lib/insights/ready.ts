// Woken but not yet running: a task whose wait was over (its sleep elapsed, the task it awaited
// settled) but that could not resume because the loop was busy elsewhere (blockFor, a long step).
// From the trace: the wait's end cause came before the wait's recorded end.
import { taskLabels } from '../runner/task-labels.ts';
import type { TaskTrace } from './types.ts';

export interface ReadyStretch {
  taskId: number;
  /** When the wait was satisfied. */
  from: number;
  /** When the task actually resumed. */
  to: number;
}

const SLEEP_DETAIL = /^sleep\((\d+(?:\.\d+)?)\)$/;
const TASK_DETAIL = /^task (.+)$/;

export function readyStretches(tasks: readonly TaskTrace[]): ReadyStretch[] {
  const labels = taskLabels(tasks);
  const settledByLabel = new Map<string, number | null>();
  for (const task of tasks) settledByLabel.set(labels.get(task.id)!, task.settledAt);
  const out: ReadyStretch[] = [];
  for (const task of tasks) {
    for (const span of task.spans) {
      if (span.kind !== 'waiting') continue;
      const sleep = SLEEP_DETAIL.exec(span.detail);
      const awaited = TASK_DETAIL.exec(span.detail);
      const woke = sleep ? span.from + Number(sleep[1]) : awaited ? settledByLabel.get(awaited[1]) ?? null : null;
      if (woke !== null && woke > span.from - 1 && woke < span.to) out.push({ taskId: task.id, from: Math.max(woke, span.from), to: span.to });
    }
  }
  return out;
}
