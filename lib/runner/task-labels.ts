// Labels that tell tasks of the same name apart: "callApi#2" is the second task named callApi,
// numbered in creation order, matching how the scheduler describes an await on a task.
import type { TaskTrace } from './protocol.ts';

export function taskLabels(tasks: readonly TaskTrace[]): Map<number, string> {
  const counts = new Map<string, number>();
  const labels = new Map<number, string>();
  for (const task of [...tasks].sort((a, b) => a.id - b.id)) {
    const ordinal = (counts.get(task.name) ?? 0) + 1;
    counts.set(task.name, ordinal);
    labels.set(task.id, `${task.name}#${ordinal}`);
  }
  return labels;
}
