// Draws a RunResult's tasks as text lanes on a shared time axis, for the CLI's --timeline.
// Running spans take no virtual time, so they are drawn as a mark at the instant they ran.
import type { RunResult, TaskTrace } from './protocol.ts';
import { taskLabels } from './task-labels.ts';

const GLYPH = { running: '█', waiting: '─', blocking: '▓' } as const;

/** Tasks in tree order (each parent followed by its children), with their depth. */
export function taskTree(tasks: TaskTrace[]): { task: TaskTrace; depth: number }[] {
  const children = new Map<number | null, TaskTrace[]>();
  const ids = new Set(tasks.map((t) => t.id));
  for (const task of tasks) {
    const parent = task.parentId !== null && ids.has(task.parentId) ? task.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), task]);
  }
  const ordered: { task: TaskTrace; depth: number }[] = [];
  const visit = (parent: number | null, depth: number) => {
    for (const task of children.get(parent) ?? []) {
      ordered.push({ task, depth });
      visit(task.id, depth + 1);
    }
  };
  visit(null, 0);
  return ordered;
}

export function formatMs(ms: number): string {
  return ms >= 1000 || ms === 0 ? `${(ms / 1000).toFixed(3)}s` : `${ms.toFixed(ms % 1 ? 1 : 0)}ms`;
}

export function textTimeline(result: RunResult, width = 60): string {
  const span = Math.max(result.virtualMs, 1);
  const column = (t: number) => Math.min(width - 1, Math.floor((t / span) * (width - 1)));
  const labels = taskLabels(result.tasks);
  const rows = taskTree(result.tasks).map(({ task, depth }) => {
    const cells = Array<string>(width).fill(' ');
    for (const s of task.spans) {
      if (s.kind === 'running') continue;
      for (let c = column(s.from); c <= column(s.to); c++) cells[c] = GLYPH[s.kind];
    }
    for (const s of task.spans) if (s.kind === 'running') cells[column(s.from)] = GLYPH.running;
    const label = `${'  '.repeat(depth)}${labels.get(task.id)}`.slice(0, 22).padEnd(22);
    const end = task.settledAt === null ? 'pending' : `${task.state} at ${formatMs(task.settledAt)}`;
    return `${label} │${cells.join('')}│ ${end}`;
  });
  const axis = `${''.padEnd(22)} 0${formatMs(span).padStart(width + 1)}`;
  const legend = `${''.padEnd(22)} ${GLYPH.running} running  ${GLYPH.waiting} waiting  ${GLYPH.blocking} blocking`;
  return [...rows, axis, legend].join('\n');
}
