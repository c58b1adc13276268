'use client';
// A shared outcome (/s/<id>/outcome?schedule=S): the snippet's code, replayed in exactly the
// ordering the schedule names, with its choice points on the lanes and its console.
import { useEffect, useState } from 'react';
import type { RunResult } from '@/lib/runner/protocol.ts';
import { scheduleLabel } from '@/lib/runner/explore/schedule.ts';
import { Toolbar } from '../Toolbar.tsx';
import { ThemeToggle } from '../ThemeToggle.tsx';
import { SplitPane } from '../SplitPane.tsx';
import { StatusBanner } from '../StatusBanner.tsx';
import { ConsolePane } from '../ConsolePane.tsx';
import { ReadOnlyCode } from '../classroom/ReadOnlyCode.tsx';
import { useTheme } from '../../_lib/theme.ts';
import { requestReplay } from './explore-client.ts';
import { OutcomeTimeline } from './OutcomeTimeline.tsx';
import './explore.css';

interface Props {
  snippet: { id: string; title: string; code: string; url: string };
  schedule: string;
  builtinsDts: string;
}

export function OutcomeView({ snippet, schedule, builtinsDts }: Props) {
  const { theme, toggle } = useTheme();
  const [run, setRun] = useState<RunResult | Error | undefined>(undefined);
  useEffect(() => {
    const controller = new AbortController();
    requestReplay(snippet.code, schedule, controller.signal)
      .then(setRun)
      .catch((e: unknown) => { if (!controller.signal.aborted) setRun(e instanceof Error ? e : new Error(String(e))); });
    return () => controller.abort();
  }, [snippet.code, schedule]);
  const result = run instanceof Error ? null : run ?? null;
  const output = (
    <div className="output" data-testid="shared-outcome" data-schedule={schedule}>
      <StatusBanner result={result} running={run === undefined} requestError={run instanceof Error ? run.message : null} />
      <p className="lesson">
        One possible outcome of <a href={snippet.url}>{snippet.title}</a>: the ordering with schedule <code>{scheduleLabel(schedule)}</code>.
        Open the snippet and press Explore to see every outcome.
      </p>
      <section className="explore" aria-label="This outcome's timeline">
        <OutcomeTimeline run={run} domainMs={result?.virtualMs ?? 0} label="this outcome" />
      </section>
      <ConsolePane result={result} playheadMs={result?.virtualMs ?? 0} />
    </div>
  );
  return (
    <div className="app">
      <Toolbar brandIsHeading={false} end={<ThemeToggle theme={theme} onToggle={toggle} />}>
        <h1 className="toolbar__name">{snippet.title} — one outcome</h1>
      </Toolbar>
      <main className="app__main">
        <SplitPane first={<ReadOnlyCode code={snippet.code} builtinsDts={builtinsDts} />} second={output} label="Resize code and outcome" />
      </main>
    </div>
  );
}
