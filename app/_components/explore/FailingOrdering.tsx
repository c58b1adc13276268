'use client';
// Under an Explore check that failed: the smallest failing ordering, replayed on demand on the
// student's code, with its timeline and choice points (the grade names the schedule).
import { useState } from 'react';
import type { RunResult } from '@/lib/runner/protocol.ts';
import { scheduleLabel } from '@/lib/runner/explore/schedule.ts';
import { requestReplay } from './explore-client.ts';
import { OutcomeTimeline } from './OutcomeTimeline.tsx';
import './explore.css';

export function FailingOrdering({ code, schedule }: { code: string; schedule: string }) {
  const [run, setRun] = useState<RunResult | Error | undefined | 'idle'>('idle');
  const show = () => {
    setRun(undefined);
    requestReplay(code, schedule).then(setRun, (e: unknown) => setRun(e instanceof Error ? e : new Error(String(e))));
  };
  if (run === 'idle') {
    return (
      <button type="button" className="explore__replay" data-testid="failing-ordering" onClick={show}>
        Show ordering {scheduleLabel(schedule)} on the timeline
      </button>
    );
  }
  const virtualMs = run instanceof Error || run === undefined ? 0 : run.virtualMs;
  return (
    <div className="explore__failing" data-testid="failing-ordering-run">
      <OutcomeTimeline run={run} domainMs={virtualMs} label={`ordering ${scheduleLabel(schedule)}`} />
    </div>
  );
}
