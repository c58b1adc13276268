// Where the CPU limit struck. The sandbox reads the program's location register when it stops a
// program that never yields (lib/runner/transpile/location.ts), and reports that line as the
// run's error; the trace says which task was running (the innermost pending task whose last span
// is running, with no await since). No line is guessed from the source text.
import { taskLabels } from '../runner/task-labels.ts';
import { timeWords } from './time-words.ts';
import type { Insight, RunResult } from './types.ts';

/** A line that starts a loop statement (the register names loops and functions). */
const LOOP_LINE = /^\s*(?:[\w$]+:\s*)?(?:while\s*\(|for\s*(?:await\s*)?\(|do\b)/;

/** The line the sandbox says the program was on when it was stopped, if it is in the user's code. */
function stoppedLine(result: RunResult): number | null {
  const error = result.error;
  return error && error.name === 'TimeoutError' && error.line > 0 && error.file === undefined ? error.line : null;
}

export function cpuLimit(result: RunResult, code: string | null): Insight[] {
  if (result.status !== 'timeout') return [];
  const running = result.tasks.filter((task) => task.state === 'pending' && task.spans.at(-1)?.kind === 'running');
  // Callers stay "running" while they call synchronously; the innermost is the newest.
  const task = running.sort((a, b) => b.id - a.id)[0];
  if (!task) return [];
  const since = task.spans.at(-1)!.from;
  const line = stoppedLine(result);
  const isLoop = line !== null && code !== null && LOOP_LINE.test(code.split('\n')[line - 1] ?? '');
  const where = line === null ? ''
    : isLoop ? `: it was in the loop on line ${line}, which never gives the event loop a turn`
      : `: it was in the function on line ${line}, called over and over without a turn for the event loop`;
  const label = taskLabels(result.tasks).get(task.id)!;
  return [{
    kind: 'cpu-limit',
    text: `The CPU limit stopped ${label} while it ran without awaiting (since ${timeWords(since)})${where}. `
      + 'A loop that waits for something must await inside it.',
    line, lines: line ? [line] : [], taskIds: [task.id], fromMs: since, toMs: result.virtualMs,
  }];
}
