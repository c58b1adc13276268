// One language for the whole timeline: one name per task ("callApi#1", the name an await on it
// uses), and what a span waits for in the code's units ("sleep 3 s", not "sleep(3000)").
import type { TaskTrace } from '@/lib/runner/protocol.ts';
import { taskLabels } from '@/lib/runner/task-labels.ts';
import { duration } from '../../_lib/format.ts';

export type TaskNames = ReadonlyMap<number, string>;

export function taskNames(tasks: readonly TaskTrace[]): TaskNames {
  return taskLabels(tasks);
}

const TASK_WAIT = /^task (.+)$/;
const TIMED = /^(sleep|blockFor)\((\d+(?:\.\d+)?)\)$/;

/** A span's detail in words: `task callApi#1` → `callApi#1`, `sleep(3000)` → `sleep 3 s`. */
export function spanText(detail: string): string {
  const task = TASK_WAIT.exec(detail);
  if (task) return task[1];
  const timed = TIMED.exec(detail);
  if (timed) return `${timed[1]} ${duration(Number(timed[2]))}`;
  return detail;
}

/** What a wait is, as a verb phrase: `sleeps until 3 s`, `waits for callApi#1`. */
export function waitPhrase(detail: string, from: number): string {
  const timed = TIMED.exec(detail);
  if (timed && timed[1] === 'sleep') return `sleeps until ${duration(from + Number(timed[2]))}`;
  return `waits for ${spanText(detail)}`;
}
