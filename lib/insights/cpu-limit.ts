// Where the CPU limit struck. The sandbox stops a program that never yields; the trace still says
// which task was running (the innermost pending task whose last span is running, with no await
// since), and the loop is looked up in that task's function.
import { taskLabels } from '../runner/task-labels.ts';
import { loopLineIn } from './locate.ts';
import { timeWords } from './time-words.ts';
import type { Insight, RunResult } from './types.ts';

/** The name the scheduler gives the top-level program's task. */
const SCRIPT = 'script';

export function cpuLimit(result: RunResult, code: string | null): Insight[] {
  if (result.status !== 'timeout') return [];
  const running = result.tasks.filter((task) => task.state === 'pending' && task.spans.at(-1)?.kind === 'running');
  // Callers stay "running" while they call synchronously; the innermost is the newest.
  const task = running.sort((a, b) => b.id - a.id)[0];
  if (!task) return [];
  const since = task.spans.at(-1)!.from;
  const line = code ? loopLineIn(code, task.name === SCRIPT ? null : task.name) : null;
  const label = taskLabels(result.tasks).get(task.id)!;
  return [{
    kind: 'cpu-limit',
    text: `The CPU limit stopped ${label} while it ran without awaiting (since ${timeWords(since)})`
      + `${line ? `: the loop on line ${line} most likely never gives the event loop a turn` : ''}. `
      + 'A loop that waits for something must await inside it.',
    line, lines: line ? [line] : [], taskIds: [task.id], fromMs: since, toMs: result.virtualMs,
  }];
}
