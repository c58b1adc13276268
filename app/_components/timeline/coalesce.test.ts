import { describe, expect, it } from 'vitest';
import { coalesceSpans, visibleRows } from './coalesce.ts';
import type { Span } from '@/lib/runner/protocol.ts';

const run = (from: number, to: number): Span => ({ from, to, kind: 'running', detail: '' });
const wait = (from: number, to: number, detail = 'sleep(1)'): Span => ({ from, to, kind: 'waiting', detail });

describe('coalesceSpans', () => {
  it('keeps wide spans apart', () => {
    const drawn = coalesceSpans([run(0, 0), wait(0, 3000, 'sleep(3000)'), run(3000, 3000)], 10);
    expect(drawn.map((d) => [d.from, d.to, d.kind])).toEqual([
      [0, 0, 'running'], [0, 3000, 'waiting'], [3000, 3000, 'running'],
    ]);
  });

  it('merges thousands of sub-pixel spans into a bounded number of blocks', () => {
    const spans: Span[] = [];
    for (let i = 0; i < 5000; i++) spans.push(i % 2 ? wait(i, i + 1) : run(i, i + 1));
    const drawn = coalesceSpans(spans, 5000 / 800);
    expect(drawn.length).toBeLessThanOrEqual(800 / 3 + 1);
    expect(drawn.reduce((n, d) => n + d.count, 0)).toBe(5000);
  });

  it('labels a merged block after its longest member', () => {
    const [block] = coalesceSpans([run(0, 1), wait(1, 5, 'task x#2'), run(5, 6)], 10);
    expect(block).toMatchObject({ from: 0, to: 6, kind: 'waiting', detail: 'task x#2', count: 3 });
  });
});

describe('visibleRows', () => {
  it('windows rows around the viewport with overscan', () => {
    expect(visibleRows(300, 200, 30, 1000, 2)).toEqual({ start: 8, end: 19 });
    expect(visibleRows(0, 200, 30, 3, 4)).toEqual({ start: 0, end: 3 });
  });
});
