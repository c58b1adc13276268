// Number formats shared by the console, banner and timeline, so one time reads the same everywhere.

/** Virtual time as the console shows it: `3.000s`. */
export function consoleTime(ms: number): string {
  return `${(ms / 1000).toFixed(3)}s`;
}

/** Virtual time as the banner and tooltips show it: `3.000 s`. */
export function virtualTime(ms: number): string {
  return `${(ms / 1000).toFixed(3)} s`;
}

/** Real (wall-clock) time, precise for small values: `2.1 ms`, `140 ms`, `1.25 s`. */
export function realTime(ms: number): string {
  if (ms < 10) return `${ms.toFixed(1)} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

/** A span's length in words for tooltips: `3 s`, `250 ms`, `0 ms`. */
export function duration(ms: number): string {
  if (ms >= 1000) return `${+(ms / 1000).toFixed(3)} s`;
  return `${+ms.toFixed(3)} ms`;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
