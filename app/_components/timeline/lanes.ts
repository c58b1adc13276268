// Orders a run's tasks into timeline lanes: each task directly under its parent, children in
// creation order, with a nesting depth for indentation.
import type { TaskTrace } from '@/lib/runner/protocol';

export interface Lane {
  task: TaskTrace;
  /** 0 for a root task (the script), 1 for its children, … */
  depth: number;
}

export function buildLanes(tasks: readonly TaskTrace[]): Lane[] {
  const known = new Set(tasks.map((task) => task.id));
  const childrenOf = new Map<number | null, TaskTrace[]>();
  for (const task of tasks) {
    // A parent missing from the trace (cut by truncation) makes the task a root rather than lost.
    const parent = task.parentId !== null && known.has(task.parentId) ? task.parentId : null;
    const siblings = childrenOf.get(parent) ?? [];
    siblings.push(task);
    childrenOf.set(parent, siblings);
  }
  for (const siblings of childrenOf.values()) {
    siblings.sort((a, b) => a.createdAt - b.createdAt || a.id - b.id);
  }

  const lanes: Lane[] = [];
  const placed = new Set<number>();
  // Iterative depth-first walk: 10,000-task traces would overflow a recursive one.
  const stack: Lane[] = (childrenOf.get(null) ?? []).map((task) => ({ task, depth: 0 })).reverse();
  while (stack.length > 0) {
    const lane = stack.pop()!;
    if (placed.has(lane.task.id)) continue;
    placed.add(lane.task.id);
    lanes.push(lane);
    const children = childrenOf.get(lane.task.id) ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ task: children[i], depth: lane.depth + 1 });
  }
  // Tasks caught in a parent cycle (malformed data) still get a lane, at the end.
  for (const task of tasks) if (!placed.has(task.id)) lanes.push({ task, depth: 0 });
  return lanes;
}
