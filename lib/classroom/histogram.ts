// Histogram of the class's virtual times (best submission per student), pure: equal-width bins
// from 0 to the slowest time, so a teacher sees at a glance who overlapped and who did not.

/** Bars drawn at most; fewer when there are fewer distinct times. */
export const HISTOGRAM_BINS = 10;

export interface HistogramBin {
  fromMs: number;
  toMs: number;
  count: number;
}

export function histogram(virtualTimesMs: readonly number[], bins = HISTOGRAM_BINS): HistogramBin[] {
  if (!virtualTimesMs.length) return [];
  const max = Math.max(...virtualTimesMs);
  // Bins are [from, to) except the last, which includes the maximum itself.
  const width = max > 0 ? max / bins : 1;
  const out = Array.from({ length: bins }, (_, i) => ({ fromMs: i * width, toMs: (i + 1) * width, count: 0 }));
  for (const t of virtualTimesMs) out[Math.min(bins - 1, Math.floor(t / width))]!.count++;
  return out;
}
