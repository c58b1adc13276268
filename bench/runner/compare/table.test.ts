// The comparison table: figures formatted to three significant figures, ratios to the first row.
import { describe, expect, it } from 'vitest';
import { comparisonTable, formatFigure } from './table.ts';

describe('formatFigure', () => {
  it('keeps about three significant figures without exponents', () => {
    expect(formatFigure(3123.4)).toBe('3,123');
    expect(formatFigure(123.46)).toBe('123');
    expect(formatFigure(12.345)).toBe('12.3');
    expect(formatFigure(4.567)).toBe('4.57');
    expect(formatFigure(0.01234)).toBe('0.0123');
    expect(formatFigure(0)).toBe('0.00');
  });
});

describe('comparisonTable', () => {
  const rows = [
    { name: 'Taskline', p50Ms: 10, p99Ms: 20, runsPerS: [100, 150], output: '✓ 5/5', note: 'base' },
    { name: 'slow', p50Ms: 3000, p99Ms: 3100, runsPerS: [0.5, 3], output: '✓ 2/2', note: 'real timers' },
  ];

  it('prints one Markdown row per way with ratios to the first row at the highest concurrency', () => {
    const lines = comparisonTable(rows, [2, 8]).split('\n');
    expect(lines[0]).toBe('| way | p50 ms | p99 ms | runs/s (C=2) | runs/s (C=8) | p50 ÷ Taskline | runs/s ÷ Taskline (C=8) | output = Taskline | notes |');
    expect(lines[1]).toBe('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |');
    expect(lines[2]).toBe('| Taskline | 10.0 | 20.0 | 100 | 150 | 1.00× | 1.00× | ✓ 5/5 | base |');
    expect(lines[3]).toBe('| slow | 3,000 | 3,100 | 0.500 | 3.00 | 300× | 0.0200× | ✓ 2/2 | real timers |');
  });

  it('is empty without rows', () => {
    expect(comparisonTable([], [2])).toBe('');
  });
});
