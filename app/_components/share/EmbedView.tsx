'use client';
// The embeddable view of a snippet (/embed/<id>): its recorded status, timeline and console, with
// a link out to the full page. No editor, no actions: it must work inside any iframe.
import { useState } from 'react';
import type { SnippetResponse } from '@/lib/api/snippet-response';
import { StatusBanner } from '../StatusBanner';
import { ConsolePane } from '../ConsolePane';
import { TimelinePane } from '../timeline/TimelinePane';
import './share.css';

export function EmbedView({ snippet }: { snippet: SnippetResponse }) {
  const result = snippet.latestRun?.result ?? null;
  const [playheadMs, setPlayheadMs] = useState(result?.virtualMs ?? 0);
  return (
    <div className="embed" data-testid="embed">
      <header className="embed__header">
        <h1 className="embed__title">{snippet.title || 'Untitled snippet'}</h1>
        {/* target=_top-like behaviour without scripting the parent: a new tab is the safe choice. */}
        <a className="embed__open" href={snippet.url} target="_blank" rel="noopener">Open in Taskline ↗</a>
      </header>
      <div className="output embed__output">
        {result ? <StatusBanner result={result} running={false} requestError={null} /> : <p className="timeline__empty">This snippet has not been run yet.</p>}
        <TimelinePane result={result} playheadMs={playheadMs} onPlayhead={setPlayheadMs} />
        <ConsolePane result={result} playheadMs={playheadMs} />
      </div>
    </div>
  );
}
