// Explains a run's outcome in words for the status banner: what happened, which limit was hit,
// which tasks were blocked, and the warnings worth reading.
import type { RunResult, RunStatus } from '@/lib/runner/protocol.ts';
import { MAX_CPU_MS, MAX_ISOLATE_MEMORY_MB, MAX_WALL_MS } from '../../lib/runner/limits.ts';

export interface StatusText {
  /** Short label for the badge. */
  label: string;
  tone: 'ok' | 'warn' | 'error';
  /** Sentences explaining a non-ok status; empty for ok. */
  explanation: string[];
  /** The run's warnings, one sentence each. */
  warnings: string[];
}

const LABELS: Record<RunStatus, string> = {
  ok: 'Finished',
  error: 'Uncaught error',
  'compile-error': 'Compile error',
  deadlock: 'Deadlock',
  timeout: 'Timed out',
  memory: 'Out of memory',
  limit: 'Limit reached',
  crash: 'Runner crashed',
  busy: 'Runner busy',
};

function explain(result: RunResult): string[] {
  const error = result.error;
  const where = error && error.line > 0 ? ` (line ${error.line}, column ${error.column})` : '';
  const thrown = error ? `${error.name}: ${error.message}${where}` : '';
  switch (result.status) {
    case 'ok':
      return [];
    case 'error':
      return [thrown || 'The program threw an error nobody caught.'];
    case 'compile-error':
      return [thrown || 'The program could not be compiled.', 'Nothing ran; fix the marked line and run again.'];
    case 'deadlock': {
      const blocked = result.warnings.filter((w) => w.kind === 'deadlock').map((w) => w.message);
      return [
        'All tasks are asleep: the program is still awaiting, but nothing is scheduled that could wake it.',
        ...(blocked.length > 0 ? blocked : ['No blocked tasks were reported.']),
      ];
    }
    case 'timeout':
      return [`The run hit its real-time limit: ${MAX_CPU_MS / 1000} s of CPU or ${MAX_WALL_MS / 1000} s of wall-clock time. Look for a loop that never awaits.`, ...(thrown ? [thrown] : [])];
    case 'memory':
      return [`The run used more than the ${MAX_ISOLATE_MEMORY_MB} MB memory limit and was stopped.`, ...(thrown ? [thrown] : [])];
    case 'limit': {
      const limits = result.warnings.filter((w) => w.kind === 'limit').map((w) => w.message);
      return limits.length > 0 ? limits : [thrown || 'The run hit one of the runner\u2019s limits (virtual time, trace events or output).'];
    }
    case 'crash':
      return [thrown || 'The sandbox process crashed while running this program. Run it again; if it keeps happening, simplify the program.'];
    case 'busy':
      return ['Every sandbox is busy right now. Try again in a moment.'];
  }
}

export function describeStatus(result: RunResult): StatusText {
  const tone = result.status === 'ok' ? 'ok' : result.status === 'busy' ? 'warn' : 'error';
  const warnings = result.warnings
    // Deadlock and limit warnings already appear in the explanation above.
    .filter((w) => !(result.status === 'deadlock' && w.kind === 'deadlock') && !(result.status === 'limit' && w.kind === 'limit'))
    .map((w) => w.message);
  return { label: LABELS[result.status], tone, explanation: explain(result), warnings };
}
