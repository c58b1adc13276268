'use client';
// Two runs' timelines one above the other on one shared time axis (the longer run's length), with
// one shared playhead, under a headline giving both virtual times and the difference.
import { useState } from 'react';
import type { RunDetail, RunRecord } from '@/lib/api/snippet-response.ts';
import { TimelineChart } from '../timeline/TimelineChart.tsx';
import { compareText, runLabel } from './compare-text.ts';
import { useRunDetails } from './use-run-details.ts';
import { virtualTime } from '../../_lib/format.ts';
import { RunCodeDiff } from './RunCodeDiff.tsx';

interface Props {
  runs: readonly RunRecord[];
  picked: readonly string[];
  latest: RunDetail | null;
}


export function CompareView({ runs, picked, latest }: Props) {
  // Older run first, so the headline reads "before vs after".
  const pair = runs.map((run, index) => ({ run, label: runLabel(index, runs.length) })).filter(({ run }) => picked.includes(run.id)).reverse();
  const { details, error } = useRunDetails(pair.map(({ run }) => run.id), latest);
  // Starts at the end (clamped to the shared axis), so both runs show as they finished.
  const [playheadMs, setPlayheadMs] = useState(Number.MAX_SAFE_INTEGER);

  if (pair.length < 2) {
    return <p className="compare__hint" data-testid="compare-hint">Pick two runs above to see their timelines on one time axis.</p>;
  }
  const [before, after] = pair;
  const domainMs = Math.max(before.run.virtualMs, after.run.virtualMs);
  return (
    <section className="compare" data-testid="compare-view" aria-label="Run comparison">
      <h2 className="compare__summary" data-testid="compare-summary">
        {compareText({ label: before.label, virtualMs: before.run.virtualMs }, { label: after.label, virtualMs: after.run.virtualMs })}
      </h2>
      {error && <p className="compare__error" role="alert">Could not load a run: {error}</p>}
      {[before, after].map(({ run, label }) => {
        const detail = details.get(run.id);
        return (
          <div key={run.id} className="compare__run" data-testid="compare-run" data-run-id={run.id}>
            <h3 className="compare__label">{label} · {run.status} · {virtualTime(run.virtualMs)} virtual</h3>
            <div className="timeline compare__chart" data-testid="compare-timeline">
              {detail ? (
                <TimelineChart result={detail.result} playheadMs={Math.min(playheadMs, domainMs)} onPlayhead={setPlayheadMs} domainMs={domainMs} extras={false} />
              ) : (
                <p className="timeline__empty">Loading the run…</p>
              )}
            </div>
          </div>
        );
      })}
      <RunCodeDiff before={details.get(before.run.id)?.code ?? null} after={details.get(after.run.id)?.code ?? null}
        beforeLabel={before.label} afterLabel={after.label} />
    </section>
  );
}
