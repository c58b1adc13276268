// Orders a run's tasks into timeline lanes: each task directly under its parent, children in
// creation order, with a nesting depth for indentation. A coroutine awaited directly by its caller
// runs inside the caller's task (asyncio's words), so it becomes a nested frame in that lane.
import type { TaskTrace } from '@/lib/runner/protocol.ts';
import { directCallIds } from '@/lib/insights/index.ts';

/** A call drawn inside its caller's lane; level 1 is called by the lane's task, 2 by that call… */
export interface Frame {
  task: TaskTrace;
  level: number;
}

export interface Lane {
  task: TaskTrace;
  /** 0 for a root task (the script), 1 for its children, … */
  depth: number;
  /** Direct calls that ran inside this lane's task, outermost first. */
  frames: Frame[];
}

/** Where each direct call is drawn: its host task (the nearest ancestor that is a real task) and level. */
function hostsOf(tasks: readonly TaskTrace[], calls: Set<number>): Map<number, { host: number; level: number }> {
  const byId = new Map(tasks.map((task) => [task.id, task]));
  const hosts = new Map<number, { host: number; level: number }>();
  for (const task of tasks) {
    if (!calls.has(task.id)) continue;
    let level = 1;
    let parent = task.parentId;
    // Bounded walk: a malformed parent cycle can't loop forever.
    for (let hops = 0; parent !== null && calls.has(parent) && hops < tasks.length; hops++) {
      level++;
      parent = byId.get(parent)?.parentId ?? null;
    }
    if (parent !== null) hosts.set(task.id, { host: parent, level });
  }
  return hosts;
}

export function buildLanes(tasks: readonly TaskTrace[], nestCalls = true): Lane[] {
  const hosts = nestCalls ? hostsOf(tasks, directCallIds(tasks)) : new Map<number, { host: number; level: number }>();
  const known = new Set(tasks.map((task) => task.id));
  const framesOf = new Map<number, Frame[]>();
  const childrenOf = new Map<number | null, TaskTrace[]>();
  for (const task of tasks) {
    const hosted = hosts.get(task.id);
    if (hosted) {
      framesOf.set(hosted.host, [...(framesOf.get(hosted.host) ?? []), { task, level: hosted.level }]);
      continue;
    }
    // A task created inside a call belongs under the task that call ran in.
    const rawParent = task.parentId !== null ? hosts.get(task.parentId)?.host ?? task.parentId : null;
    // A parent missing from the trace (cut by truncation) makes the task a root rather than lost.
    const parent = rawParent !== null && known.has(rawParent) ? rawParent : null;
    const siblings = childrenOf.get(parent) ?? [];
    siblings.push(task);
    childrenOf.set(parent, siblings);
  }
  for (const siblings of childrenOf.values()) {
    siblings.sort((a, b) => a.createdAt - b.createdAt || a.id - b.id);
  }

  const lanes: Lane[] = [];
  const placed = new Set<number>();
  const lane = (task: TaskTrace, depth: number): Lane => ({ task, depth, frames: framesOf.get(task.id) ?? [] });
  // Iterative depth-first walk: 10,000-task traces would overflow a recursive one.
  const stack: Lane[] = (childrenOf.get(null) ?? []).map((task) => lane(task, 0)).reverse();
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (placed.has(next.task.id)) continue;
    placed.add(next.task.id);
    lanes.push(next);
    const children = childrenOf.get(next.task.id) ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(lane(children[i], next.depth + 1));
  }
  // Tasks caught in a parent cycle (malformed data) still get a lane, at the end.
  for (const task of tasks) if (!placed.has(task.id) && !hosts.has(task.id)) lanes.push(lane(task, 0));
  return lanes;
}
