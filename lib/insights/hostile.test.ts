// Hostile traces: insights never throw, stay bounded, and claim nothing on malformed data.
import { describe, expect, it } from 'vitest';
import { syntheticTrace } from '../../e2e/test-support/synthetic-trace.ts';
import type { RunResult, TaskTrace } from '../runner/protocol.ts';
import { codeMarks, computeInsights, MAX_INSIGHTS } from './index.ts';
import { MAX_CODE_MARKS } from './marks.ts';

const run = (tasks: TaskTrace[], extra: Partial<RunResult> = {}): RunResult => ({
  status: 'ok', virtualMs: 1000, console: [], tasks, warnings: [],
  stats: { wallMs: 1, cpuMs: 1, events: 1, truncated: false }, ...extra,
});

describe('insights on hostile traces', () => {
  it('a 5,000-span trace is read in bounded output', () => {
    const result = syntheticTrace(1000, 5);
    const started = performance.now();
    const insights = computeInsights(result, 'x\n'.repeat(10_000));
    expect(insights.length).toBeLessThanOrEqual(MAX_INSIGHTS);
    expect(codeMarks(result, null, insights).length).toBeLessThanOrEqual(MAX_CODE_MARKS);
    expect(performance.now() - started).toBeLessThan(5_000); // generous: a guard against blow-ups, not a benchmark
  });

  it('a parent cycle and waits naming unknown tasks give no insight and no throw', () => {
    const cyc: TaskTrace[] = [
      { id: 1, name: 'a', parentId: 2, createdAt: 0, settledAt: 10, state: 'fulfilled', spans: [{ from: 0, to: 10, kind: 'waiting', detail: 'task b#1' }] },
      { id: 2, name: 'b', parentId: 1, createdAt: 0, settledAt: 10, state: 'fulfilled', spans: [{ from: 0, to: 10, kind: 'waiting', detail: 'task ghost#9' }] },
    ];
    expect(() => computeInsights(run(cyc), null)).not.toThrow();
    expect(computeInsights(run(cyc), null).filter((i) => i.kind === 'sequential-awaits')).toEqual([]);
  });

  it('user text in warnings and names cannot forge a line for another task', () => {
    const tasks: TaskTrace[] = [
      { id: 1, name: 'script', parentId: null, createdAt: 0, settledAt: 0, state: 'fulfilled', spans: [] },
      { id: 2, name: '(line 999)', parentId: 1, createdAt: 0, settledAt: 5, state: 'fulfilled', spans: [] },
    ];
    const result = run(tasks, { warnings: [{ kind: 'never-awaited', message: '(line 999)() was called but never awaited', taskId: 2 }] });
    const marks = codeMarks(result, 'a\nb\n', computeInsights(result, 'a\nb\n'));
    expect(marks.every((mark) => mark.line <= 3)).toBe(true);
  });
});
