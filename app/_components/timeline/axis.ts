// Time-axis ticks: a "nice" step (1, 2 or 5 × 10^k ms) so labels read as round numbers, in ms
// for short runs and seconds for long ones.
export interface Tick {
  t: number;
  label: string;
}

/** The smallest 1/2/5 × 10^k step that keeps at most maxTicks intervals across rangeMs. */
export function niceStep(rangeMs: number, maxTicks: number): number {
  const raw = rangeMs / Math.max(1, maxTicks);
  if (!(raw > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const factor of [1, 2, 5, 10]) {
    if (factor * power >= raw) return Math.max(1, factor * power);
  }
  return Math.max(1, 10 * power);
}

/** Labels a tick: milliseconds below 1 s steps under 1 s ranges, else seconds with just enough decimals. */
export function formatTick(t: number, step: number, rangeMs: number): string {
  if (rangeMs < 2000 && step < 1000) return `${t} ms`;
  const decimals = step >= 1000 ? 0 : step >= 100 ? 1 : step >= 10 ? 2 : 3;
  return `${(t / 1000).toFixed(decimals)} s`;
}

/** Ticks from 0 to endMs for an axis widthPx wide, at least minSpacingPx apart. */
export function axisTicks(endMs: number, widthPx: number, minSpacingPx = 72): Tick[] {
  const range = Math.max(1, endMs);
  const maxTicks = Math.max(1, Math.floor(widthPx / minSpacingPx));
  const step = niceStep(range, maxTicks);
  const ticks: Tick[] = [];
  for (let t = 0; t <= range + 1e-9; t += step) {
    ticks.push({ t, label: formatTick(t, step, range) });
  }
  return ticks;
}
