// Histograms of the class (virtual times, scores), pure: equal-width bins from 0 to the largest
// value or a given upper end (the time budget, the maximum score), so a target line always fits.

/** Bars drawn at most; fewer when there are fewer distinct times. */
export const HISTOGRAM_BINS = 10;

export interface HistogramBin {
  fromMs: number;
  toMs: number;
  count: number;
}

/** `upTo`: the range reaches at least this far (a time budget beyond every run, a maximum score). */
export function histogram(values: readonly number[], bins = HISTOGRAM_BINS, upTo = 0): HistogramBin[] {
  if (!values.length) return [];
  let max = upTo;
  for (const v of values) if (v > max) max = v;
  // Bins are [from, to) except the last, which includes the maximum itself.
  const width = max > 0 ? max / bins : 1;
  const out = Array.from({ length: bins }, (_, i) => ({ fromMs: i * width, toMs: (i + 1) * width, count: 0 }));
  for (const t of values) out[Math.min(bins - 1, Math.floor(t / width))]!.count++;
  return out;
}
