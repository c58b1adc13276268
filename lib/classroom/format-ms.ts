// Virtual durations as students read them in check reasons: seconds with millisecond precision.

/** 6000 → "6.000 s". */
export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(3)} s`;
}
