// Plain-text rendering of an exploration for the CLI: each distinct outcome (its output, status,
// count and schedule), then one summary line, e.g. "2 possible outputs in 6 orderings — exhaustive".
import type { ExploreReport } from './report.ts';
import { scheduleLabel } from './schedule.ts';
import { formatSeconds } from '../summary.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** The headline the CLI and the UI share. */
export function exploreHeadline(report: ExploreReport): string {
  if (report.explored === 0) {
    const failed = report.outcomes[0];
    return failed?.status === 'compile-error' ? 'the program does not compile: nothing to explore' : `nothing was explored (${failed?.status ?? 'no answer'})`;
  }
  const outputs = plural(report.outcomes.length + (report.unlisted > 0 ? 1 : 0), 'possible output');
  const how = report.exhaustive
    ? 'exhaustive'
    : `not exhaustive (stopped by ${report.stoppedBy ?? 'budget'}${report.strategy === 'dfs+random' ? `; random walks, seed ${report.seed}` : ''})`;
  return `${outputs} in ${plural(report.explored, 'ordering')} — ${how}`;
}

export function formatExplore(report: ExploreReport): string {
  const parts: string[] = [];
  report.outcomes.forEach((o, i) => {
    parts.push(`── outcome ${i + 1} of ${report.outcomes.length}: ${o.status} · ${formatSeconds(o.virtualMs)} virtual · ` +
      `${plural(o.count, 'ordering')} · schedule ${scheduleLabel(o.schedule)}`);
    for (const line of o.stdout) parts.push(line);
    if (o.error) parts.push(`(${o.error.name}: ${o.error.message}${o.error.line > 0 ? ` at line ${o.error.line}` : ''})`);
  });
  if (report.unlisted > 0) parts.push(`── ${plural(report.unlisted, 'more ordering')} reached outcomes past the first ${report.outcomes.length}`);
  parts.push(`taskline: ${exploreHeadline(report)} · jitter ${report.jitter} · ${report.wallMs.toFixed(1)} ms real`);
  return parts.join('\n');
}
