// Words for a replayed run's choice points: at which instant which tasks could run next, and which
// one this ordering ran first ("at 20 ms withdraw #4 ran before withdraw #3").
import type { ChoicePoint, RunResult, TaskTrace } from '@/lib/runner/protocol.ts';
import { virtualTime } from '../../_lib/format.ts';

export interface ChoiceDescription {
  t: number;
  text: string;
  /** True when this ordering left the default (Node's order) here. */
  deviates: boolean;
}

/** "withdraw #3 (after sleep(10))": the task and what it waited for up to t, if anything. */
export function taskAt(task: TaskTrace | undefined, id: number, t: number): string {
  if (!task) return `task #${id}`;
  const waited = task.spans.find((s) => s.kind === 'waiting' && s.to === t && s.detail);
  return `${task.name} #${id}${waited ? ` (after ${waited.detail})` : ''}`;
}

export function describeChoices(result: Pick<RunResult, 'tasks' | 'choices'>): ChoiceDescription[] {
  const byId = new Map(result.tasks.map((task) => [task.id, task]));
  return (result.choices ?? []).map((point: ChoicePoint, i) => {
    const names = point.tasks.map((id) => taskAt(byId.get(id), id, point.t));
    const ran = names[point.taken] ?? `option ${point.taken}`;
    const others = names.filter((_, k) => k !== point.taken);
    const same = new Set(point.tasks).size === 1;
    const text = same
      ? `Choice ${i + 1} at ${virtualTime(point.t)}: ${point.tasks.length} callbacks of ${ran} were due; this ordering ran option ${point.taken} of them first.`
      : `Choice ${i + 1} at ${virtualTime(point.t)}: ${ran} ran before ${others.join(' and ')}${point.taken === 0 ? ' (the default order)' : ` (option ${point.taken}; by default ${names[0]} runs first)`}.`;
    return { t: point.t, text, deviates: point.taken !== 0 };
  });
}
