// The comparison's one table, as Markdown: one row per way, figures and their ratios to the
// first row (Taskline). Pure formatting, unit-tested.

export interface RowFigures {
  name: string;
  p50Ms: number;
  p99Ms: number;
  /** Runs per second, one entry per concurrency level (same order as the table's levels). */
  runsPerS: number[];
  output: string;
  note: string;
}

/** Three significant figures at most, no exponent, thousands separated: 0.0123, 4.56, 78.9, 1,234. */
export function formatFigure(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  const decimals = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : Math.min(6, 2 - Math.floor(Math.log10(abs || 1)));
  return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

export function comparisonTable(rows: readonly RowFigures[], concurrency: readonly number[]): string {
  const [base] = rows;
  if (!base) return '';
  const top = concurrency.length - 1;
  const header = [
    'way', 'p50 ms', 'p99 ms', ...concurrency.map((c) => `runs/s (C=${c})`),
    'p50 ÷ Taskline', `runs/s ÷ Taskline (C=${concurrency[top]})`, 'output = Taskline', 'notes',
  ];
  const body = rows.map((row) => [
    row.name, formatFigure(row.p50Ms), formatFigure(row.p99Ms), ...row.runsPerS.map(formatFigure),
    `${formatFigure(row.p50Ms / base.p50Ms)}×`, `${formatFigure(row.runsPerS[top]! / base.runsPerS[top]!)}×`,
    row.output, row.note,
  ]);
  const align = header.map((_, i) => (i === 0 || i >= header.length - 2 ? '---' : '---:'));
  return [header, align, ...body].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
