'use client';
// The timeline's pane: its title, and the chart once there is a run to draw.
import type { RunResult } from '@/lib/runner/protocol.ts';
import { TimelineChart } from './TimelineChart.tsx';

interface Props {
  result: RunResult | null;
  playheadMs: number;
  onPlayhead(t: number): void;
  /** Optional shared axis end (see TimelineChart). */
  domainMs?: number;
}

export function TimelinePane({ result, playheadMs, onPlayhead, domainMs }: Props) {
  return (
    <section className="timeline" data-testid="timeline" aria-label="Execution timeline">
      <h2 className="pane-title">Timeline</h2>
      {result && result.tasks.length > 0 ? (
        <TimelineChart result={result} playheadMs={playheadMs} onPlayhead={onPlayhead} domainMs={domainMs} />
      ) : (
        <p className="timeline__empty">
          {result ? 'No tasks were recorded for this run.' : 'Run the program to see one lane per task: when it ran, what it waited for, and when it printed.'}
        </p>
      )}
    </section>
  );
}
