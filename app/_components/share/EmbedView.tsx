'use client';
// The embeddable view of a snippet (/embed/<id>): title, status, timeline and console of its
// recorded run, the code (collapsible), and Run, which runs the snippet's code in place. Opens at
// its top inside a small iframe; a link leads out to the full page.
import { useState } from 'react';
import type { SnippetResponse } from '@/lib/api/snippet-response.ts';
import { StatusBanner } from '../StatusBanner.tsx';
import { ConsolePane } from '../ConsolePane.tsx';
import { TimelinePane } from '../timeline/TimelinePane.tsx';
import { RunButton } from '../RunButton.tsx';
import { useRun } from '../../_lib/use-run.ts';
import './share.css';

export function EmbedView({ snippet }: { snippet: SnippetResponse }) {
  const { result: fresh, running, requestError, run } = useRun();
  // The recorded run until Run is pressed; both are runs of exactly snippet.code.
  const result = fresh ?? snippet.latestRun?.result ?? null;
  const [playheadMs, setPlayheadMs] = useState(Number.MAX_SAFE_INTEGER);
  const shownMs = Math.min(playheadMs, result?.virtualMs ?? 0);
  return (
    <div className="embed" data-testid="embed">
      <header className="embed__header">
        <h1 className="embed__title">{snippet.title || 'Untitled snippet'}</h1>
        <RunButton running={running} onRun={() => { setPlayheadMs(Number.MAX_SAFE_INTEGER); run(snippet.code); }} />
        {/* A new tab, not target=_top: the embedding page stays where it is. */}
        <a className="embed__open" href={snippet.url} target="_blank" rel="noopener">Open in Taskline ↗</a>
      </header>
      <div className="output embed__output" data-running={running || undefined}>
        {result || requestError
          ? <StatusBanner result={result} running={running} requestError={requestError} />
          : <p className="timeline__empty">This snippet has not been run yet. Press Run.</p>}
        <TimelinePane result={result} playheadMs={shownMs} onPlayhead={setPlayheadMs} />
        <details className="embed__code" data-testid="embed-code">
          <summary>Code</summary>
          <pre>{snippet.code}</pre>
        </details>
        <ConsolePane result={result} playheadMs={shownMs} />
      </div>
    </div>
  );
}
