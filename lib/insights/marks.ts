// Every warning located in the editor: each deadlocked task's await, what shutdown cancelled, a
// never-awaited call ("missing `await`?"), an exception nobody retrieved, and each insight's lines.
import { lineInMessage, throwLineIn, unawaitedCallLines } from './locate.ts';
import type { CodeMark, Insight, RunResult } from './types.ts';

/** Most marks put on the editor for one run. */
export const MAX_CODE_MARKS = 50;

export function codeMarks(result: RunResult, code: string | null, insights: readonly Insight[]): CodeMark[] {
  const names = new Map(result.tasks.map((task) => [task.id, task.name]));
  const marks: CodeMark[] = [];
  const seen = new Set<string>();
  const add = (line: number | null, message: string, severity: CodeMark['severity'] = 'warning') => {
    const key = `${line}:${message}`;
    if (line === null || line < 1 || seen.has(key)) return;
    seen.add(key);
    marks.push({ line, message, severity });
  };
  for (const warning of result.warnings) {
    const name = warning.taskId === undefined ? undefined : names.get(warning.taskId);
    const atLine = lineInMessage(warning.message);
    switch (warning.kind) {
      case 'deadlock': add(atLine, `Deadlock: ${warning.message}`); break;
      case 'cancelled-at-shutdown': add(atLine, warning.message); break;
      case 'never-awaited':
        if (code && name) add(unawaitedCallLines(code, name)[0] ?? null, `${name}() is never awaited — missing \`await\`?`);
        break;
      case 'unhandled-rejection':
        add(atLine ?? (code && name ? throwLineIn(code, name) : null), warning.message);
        break;
      default:
        add(atLine, warning.message);
    }
  }
  for (const insight of insights) for (const line of insight.lines) add(line, insight.text, insight.kind === 'sequential-awaits' ? 'info' : 'warning');
  return marks.slice(0, MAX_CODE_MARKS);
}
