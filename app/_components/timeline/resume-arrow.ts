// The arrow from a resolve to the resume it caused: for a wait on a task ("task callApi#1"), from
// the awaited task's settle in its lane to the waiter's resume in its own. Computed for one span
// only (the hovered one), so a 5,000-span timeline draws at most one arrow and pays nothing else.
import type { TaskTrace } from '@/lib/runner/protocol.ts';
import type { TaskNames } from './words.ts';

const TASK_WAIT = /^task (.+)$/;

export interface ResumeArrow {
  fromTaskId: number;
  toTaskId: number;
  /** When the awaited task settled (the resolve). */
  fromMs: number;
  /** When the waiter ran again (the resume): the wait's end. */
  toMs: number;
}

/** The arrow for a waiting span of `waiter`, or null when its wait was not on a task that settled. */
export function resumeArrow(
  waiter: TaskTrace, span: { kind: string; detail: string; to: number; count?: number },
  tasks: readonly TaskTrace[], names: TaskNames,
): ResumeArrow | null {
  if (span.kind !== 'waiting' || (span.count ?? 1) !== 1) return null;
  const awaited = TASK_WAIT.exec(span.detail)?.[1];
  if (awaited === undefined) return null;
  const resolver = tasks.find((task) => names.get(task.id) === awaited);
  if (!resolver || resolver.settledAt === null || resolver.settledAt > span.to) return null;
  return { fromTaskId: resolver.id, toTaskId: waiter.id, fromMs: resolver.settledAt, toMs: span.to };
}
