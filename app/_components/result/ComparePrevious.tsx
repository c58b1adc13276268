'use client';
// "Compare with the previous run" right in the playground, no saving needed: both runs on one
// time axis, one shared playhead, and the difference in words ("3.000 s faster").
import { useState } from 'react';
import type { CodeRun } from '../../_lib/use-run.ts';
import { TimelineChart } from '../timeline/TimelineChart.tsx';
import { compareText } from '../history/compare-text.ts';
import { virtualTime } from '../../_lib/format.ts';
import { codeDiff } from './code-diff.ts';


export function ComparePrevious({ previous, current }: { previous: CodeRun | null; current: CodeRun | null }) {
  const [open, setOpen] = useState(false);
  const [playheadMs, setPlayheadMs] = useState(Number.MAX_SAFE_INTEGER);
  if (!previous || !current) return null;
  const domainMs = Math.max(previous.result.virtualMs, current.result.virtualMs);
  const changed = codeDiff(previous.code, current.code).filter((line) => line.kind !== 'same').length;
  const runs = [{ label: 'Previous run', run: previous }, { label: 'This run', run: current }];
  return (
    <details className="compare-previous" data-testid="compare-previous" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary data-testid="compare-previous-toggle">Compare with the previous run</summary>
      {open && (
        <section className="compare" aria-label="This run against the previous one">
          <h3 className="compare__summary" data-testid="compare-summary">
            {compareText({ label: 'Previous run', virtualMs: previous.result.virtualMs }, { label: 'this run', virtualMs: current.result.virtualMs })}
            {' · '}{changed === 0 ? 'same code' : `${changed} changed line${changed === 1 ? '' : 's'}`}
          </h3>
          {runs.map(({ label, run }) => (
            <div key={label} className="compare__run" data-testid="compare-run">
              <h4 className="compare__label">{label} · {run.result.status} · {virtualTime(run.result.virtualMs)} virtual</h4>
              <div className="timeline compare__chart">
                <TimelineChart result={run.result} playheadMs={Math.min(playheadMs, domainMs)} onPlayhead={setPlayheadMs} domainMs={domainMs} extras={false} />
              </div>
            </div>
          ))}
        </section>
      )}
    </details>
  );
}
