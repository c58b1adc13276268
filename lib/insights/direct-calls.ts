// Which tasks are coroutines awaited directly by their caller: called and awaited at one instant
// and waited for until they settled. In asyncio words such a call runs *inside* its caller's task
// (no createTask), so the timeline draws it as a nested frame and insights treat it as a call.
import { taskLabels } from '../runner/task-labels.ts';
import type { Span, TaskTrace } from './types.ts';

export interface DirectCall {
  child: TaskTrace;
  /** The caller's waiting span that lasted exactly as long as the call. */
  wait: Span;
}

/** Prefix the scheduler gives a wait on a task: `task callApi#2`. */
const TASK_WAIT_PREFIX = 'task ';

/** For each task id, the direct calls it made, in order. */
export function directCalls(tasks: readonly TaskTrace[]): Map<number, DirectCall[]> {
  const labels = taskLabels(tasks);
  const byLabel = new Map<string, TaskTrace>();
  for (const task of tasks) byLabel.set(labels.get(task.id)!, task);
  const childrenOf = new Map<number, TaskTrace[]>();
  for (const task of tasks) if (task.parentId !== null) childrenOf.set(task.parentId, [...(childrenOf.get(task.parentId) ?? []), task]);
  const out = new Map<number, DirectCall[]>();
  for (const caller of tasks) {
    const calls: DirectCall[] = [];
    for (const wait of caller.spans) {
      if (wait.kind !== 'waiting' || !wait.detail.startsWith(TASK_WAIT_PREFIX)) continue;
      const child = byLabel.get(wait.detail.slice(TASK_WAIT_PREFIX.length));
      if (!child || child.parentId !== caller.id) continue;
      // Awaited the instant it was called, until it settled: nothing else shared its life.
      if (child.createdAt !== wait.from || child.settledAt !== wait.to) continue;
      // …and the caller started nothing else between the call and the await: `t1 = createTask(a());
      // t2 = createTask(b()); await t1` happens at one instant too, but t1 is a task that ran beside t2.
      const later = childrenOf.get(caller.id)!.some((sibling) => sibling.id > child.id && sibling.createdAt <= wait.from);
      if (later) continue;
      calls.push({ child, wait });
    }
    if (calls.length > 0) out.set(caller.id, calls);
  }
  return out;
}

/** Ids of every task that is a direct call (drawn inside its caller's lane). */
export function directCallIds(tasks: readonly TaskTrace[]): Set<number> {
  const ids = new Set<number>();
  for (const calls of directCalls(tasks).values()) for (const call of calls) ids.add(call.child.id);
  return ids;
}
