// Markdown tables of load results: one row per phase and class, then the targets with met/missed.
import type { ClassStats } from './class-stats.ts';

export interface Row {
  phase: string;
  stats: ClassStats;
  seconds: number;
}

const ms = (v: number) => (Number.isNaN(v) ? '–' : v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(0)} ms`);
const int = (v: number) => v.toLocaleString('en-US');

export function resultsTable(rows: Row[]): string {
  const head = ['phase', 'class', 'requests', '2xx', '429', '503 (with Retry-After)', 'other non-2xx', 'errors / timeouts', 'p50', 'p90', 'p99', 'max', 'req/s'];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i < 2 ? '---' : '---:')).join('|')}|`];
  for (const { phase, stats: s, seconds } of rows) {
    lines.push(`| ${[
      phase, s.name, int(s.requests), int(s.ok2xx), int(s.tooMany429), `${int(s.busy503)} (${int(s.busy503WithRetryAfter)})`,
      int(s.otherNon2xx), `${int(s.errors)} / ${int(s.timeouts)}`,
      ms(s.percentile(50)), ms(s.percentile(90)), ms(s.percentile(99)), ms(s.maxMs), (s.requests / seconds).toFixed(1),
    ].join(' | ')} |`);
  }
  return lines.join('\n');
}

export interface Target {
  what: string;
  measured: string;
  met: boolean;
}

export function targetsTable(targets: Target[]): string {
  return [
    '| target | measured | |',
    '|---|---|---|',
    ...targets.map((t) => `| ${t.what} | ${t.measured} | ${t.met ? 'met ✓' : 'missed ✗'} |`),
  ].join('\n');
}

/** "ok 1,234, error 2" from a class's RunResult statuses. */
export function runStatusSummary(stats: ClassStats): string {
  return [...stats.runStatuses].sort((a, b) => b[1] - a[1]).map(([status, n]) => `${status} ${int(n)}`).join(', ') || '–';
}
