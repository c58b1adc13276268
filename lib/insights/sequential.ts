// "These awaits are independent; run them concurrently and the program takes 3 s instead of 9 s."
// From the trace: a task that awaited two or more calls back to back, none of which waited on
// another, spent the *sum* of their times; concurrently it would spend the *longest*. The saving
// counts for the whole program when the task is on the critical path (it ends when the run ends).
import { directCalls, type DirectCall } from './direct-calls.ts';
import { awaitedCallLines } from './locate.ts';
import { timeWords } from './time-words.ts';
import type { Insight, RunResult, TaskTrace } from './types.ts';

/** A run of back-to-back calls: the caller did not wait for anything else between them. */
function backToBack(caller: TaskTrace, calls: DirectCall[]): DirectCall[][] {
  const groups: DirectCall[][] = [];
  let group: DirectCall[] = [];
  for (const call of calls) {
    const last = group.at(-1);
    const waitedBetween = last && caller.spans.some((s) => s.kind !== 'running' && s.from >= last.wait.to && s.to <= call.wait.from && s !== call.wait && s.to > s.from);
    if (!last || waitedBetween) {
      if (group.length > 1) groups.push(group);
      group = [];
    }
    group.push(call);
  }
  if (group.length > 1) groups.push(group);
  return groups;
}

/** The task ends when the run ends, or a caller on that path waited for it to the end. */
function onCriticalPath(task: TaskTrace, byId: Map<number, TaskTrace>, endMs: number): boolean {
  for (let t: TaskTrace | undefined = task; t; t = t.parentId === null ? undefined : byId.get(t.parentId)) {
    if (t.settledAt === endMs) return true;
    const parent = t.parentId === null ? undefined : byId.get(t.parentId);
    const waitedToEnd = parent?.spans.some((s) => s.kind === 'waiting' && s.to === t!.settledAt);
    if (!waitedToEnd) return false;
  }
  return false;
}

function placeLines(code: string | null, calls: DirectCall[]): number[] {
  if (!code) return [];
  const found = awaitedCallLines(code, calls[0].child.name);
  if (found.length === 1) return calls.map(() => found[0]);
  if (found.length >= calls.length) return found.slice(0, calls.length);
  return found;
}

export function sequentialAwaits(result: RunResult, code: string | null): Insight[] {
  const byId = new Map(result.tasks.map((task) => [task.id, task]));
  const insights: Insight[] = [];
  for (const [callerId, calls] of directCalls(result.tasks)) {
    const caller = byId.get(callerId)!;
    for (const group of backToBack(caller, calls)) {
      const durations = group.map((call) => call.wait.to - call.wait.from);
      const total = durations.reduce((a, b) => a + b, 0);
      const savingMs = total - Math.max(...durations);
      if (savingMs <= 0) continue;
      const lines = placeLines(code, group);
      const unique = [...new Set(lines)];
      const where = unique.length === 1 && group.length > 1
        ? ` (the await on line ${unique[0]} runs once per loop pass)`
        : unique.length > 0 ? ` (lines ${unique.join(', ')})` : '';
      const critical = onCriticalPath(caller, byId, result.virtualMs);
      const whole = critical ? 'the program' : caller.name;
      const before = critical ? result.virtualMs : total;
      const text = `${caller.name} awaits ${group.length} calls one after another${where}, and none of them waits for another: `
        + `if they are independent, run them concurrently (asyncio.gather or createTask) and ${whole} takes `
        + `${timeWords(before - savingMs)} instead of ${timeWords(before)}.`;
      insights.push({
        kind: 'sequential-awaits', text, line: unique[0] ?? null, lines: unique,
        taskIds: [caller.id, ...group.map((call) => call.child.id)],
        fromMs: group[0].wait.from, toMs: group.at(-1)!.wait.to, savingMs,
      });
    }
  }
  return insights;
}
