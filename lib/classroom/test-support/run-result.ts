// Builds small RunResults for grading tests: only the fields a test cares about need be given.
import type { RunResult, Span, TaskTrace } from '../../runner/protocol.ts';

export function runResult(partial: Partial<RunResult> = {}): RunResult {
  return {
    status: 'ok',
    virtualMs: 0,
    console: [],
    tasks: [],
    warnings: [],
    stats: { wallMs: 1, cpuMs: 1, events: 0, truncated: false },
    ...partial,
  };
}

export const stdout = (...lines: string[]) => lines.map((text, i) => ({ t: i, stream: 'stdout' as const, text, taskId: 1 }));

/** A task whose spans are given as [from, to, kind]. */
export function task(id: number, spans: Array<[number, number, Span['kind']]>): TaskTrace {
  return {
    id, name: `t${id}`, parentId: null, createdAt: 0, settledAt: spans.at(-1)?.[1] ?? 0, state: 'fulfilled',
    spans: spans.map(([from, to, kind]) => ({ from, to, kind, detail: '' })),
  };
}
