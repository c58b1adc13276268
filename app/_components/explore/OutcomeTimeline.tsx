'use client';
// One outcome replayed: its timeline with the choice points marked on the lanes, and the same
// choices in words (the marks are decoration; the list is what screen readers get).
import { useState } from 'react';
import type { Replay } from './use-explore.ts';
import { TimelineChart } from '../timeline/TimelineChart.tsx';
import { ROW_HEIGHT_PX } from '../timeline/geometry.ts';
import { ChoiceMarks } from './ChoiceMarks.tsx';
import { describeChoices } from './choice-text.ts';

/** Frame header plus one row per lane, capped so two charts fit the pane together. */
const chartHeight = (lanes: number) => 32 + Math.min(lanes, 8) * ROW_HEIGHT_PX + 24;

interface Props {
  run: Replay | undefined;
  /** A time axis shared with the outcome beside it. */
  domainMs: number;
  label: string;
}

export function OutcomeTimeline({ run, domainMs, label }: Props) {
  const [playheadMs, setPlayheadMs] = useState(Number.MAX_SAFE_INTEGER);
  if (run === undefined || run === 'loading') return <p className="timeline__empty">Replaying {label}…</p>;
  if (run instanceof Error) return <p className="explore__error" role="alert">Could not replay {label}: {run.message}</p>;
  if (run.tasks.length === 0) {
    return <p className="explore__note" data-testid="outcome-timeline">{run.error ? `${run.error.name}: ${run.error.message}` : 'No tasks were recorded.'}</p>;
  }
  const choices = describeChoices(run);
  return (
    <div className="explore__outcome-run" data-testid="outcome-timeline" data-schedule={run.schedule}>
      <div className="timeline explore__chart" style={{ height: chartHeight(run.tasks.length) }}>
        <TimelineChart
          result={run} playheadMs={Math.min(playheadMs, domainMs)} onPlayhead={setPlayheadMs} domainMs={domainMs} extras={false}
          overlay={(at) => <ChoiceMarks choices={run.choices ?? []} at={at} />}
        />
      </div>
      {choices.length > 0 ? (
        <ol className="explore__choices" aria-label={`Choice points of ${label}`}>
          {choices.map((c, i) => <li key={i} data-deviates={c.deviates || undefined}>{c.text}</li>)}
        </ol>
      ) : <p className="explore__note">No choice points: nothing else could have run at the same instant.</p>}
    </div>
  );
}
