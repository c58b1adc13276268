// One-line human summaries of a RunResult, shared by the CLI and (later) the status banner.
import type { RunResult } from './protocol.ts';

export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(3)} s`;
}

export function summaryLine(result: RunResult): string {
  const tasks = `${result.tasks.length} task${result.tasks.length === 1 ? '' : 's'}`;
  const real = `${result.stats.wallMs.toFixed(1)} ms real`;
  const truncated = result.stats.truncated ? ' · output truncated' : '';
  return `taskline: ${result.status} · ${formatSeconds(result.virtualMs)} virtual · ${tasks} · ${real}${truncated}`;
}

/** The error as Node prints an uncaught one, pointing at the user's source. */
export function plainErrorText(result: RunResult, fileName: string): string {
  const error = result.error;
  if (!error) return '';
  const where = error.line > 0 ? `\n    at ${fileName}:${error.line}:${error.column}` : '';
  return `${error.name}: ${error.message}${where}`;
}
