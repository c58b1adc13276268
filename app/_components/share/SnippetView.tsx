'use client';
// A shared snippet's page: its code in the editor and its recorded run drawn at once (no re-run),
// Save or Fork, Run again, and the run history with the two-run comparison.
import { useCallback, useState } from 'react';
import type { RunRecord, SnippetResponse } from '@/lib/api/snippet-response.ts';
import { EditorShell } from '../editor/EditorShell.tsx';
import { Toolbar } from '../Toolbar.tsx';
import { ThemeToggle } from '../ThemeToggle.tsx';
import { SplitPane } from '../SplitPane.tsx';
import { StatusBanner } from '../StatusBanner.tsx';
import { ConsolePane } from '../ConsolePane.tsx';
import { TimelinePane } from '../timeline/TimelinePane.tsx';
import { HistoryPanel } from '../history/HistoryPanel.tsx';
import { useTheme } from '../../_lib/theme.ts';
import { useRunShortcut } from '../../_lib/use-run-shortcut.ts';
import { absoluteUrl, copyText } from '../../_lib/copy-text.ts';
import { useSnippetSession } from './use-snippet-session.ts';
import { SnippetActions } from './SnippetActions.tsx';
import { SnippetBar } from './SnippetBar.tsx';
import { OutputTabs, type OutputTab } from './OutputTabs.tsx';
import { Toast } from './Toast.tsx';
import { StaleNotice } from '../result/StaleNotice.tsx';
import { InsightsPanel } from '../insights/InsightsPanel.tsx';
import { useCodeMarks } from '../insights/use-code-marks.ts';

interface Props {
  snippet: SnippetResponse;
  runs: RunRecord[];
  forkedFrom: { id: string; title: string } | null;
  builtinsDts: string;
}

export function SnippetView({ snippet, runs: initialRuns, forkedFrom, builtinsDts }: Props) {
  const session = useSnippetSession(snippet, initialRuns);
  const { theme, toggle } = useTheme();
  const [tab, setTab] = useState<OutputTab>('run');
  // The recorded run opens with the playhead at its end, so the whole console shows.
  const [playheadMs, setPlayheadMs] = useState(snippet.latestRun?.virtualMs ?? 0);
  const result = session.run?.result ?? null;
  const { runAgain, setNotice } = session;

  const ranCode = session.run?.code ?? null;
  const marks = useCodeMarks(result, ranCode, session.code);

  // Ctrl+Enter in the editor hands its exact content; the buttons read the session's code.
  const runAndShow = useCallback((exact?: unknown) => {
    setTab('run');
    void runAgain(typeof exact === 'string' ? exact : undefined).then(() => setPlayheadMs(Number.MAX_SAFE_INTEGER));
  }, [runAgain]);
  useRunShortcut(runAndShow);

  const copyLink = useCallback(async () => {
    const url = absoluteUrl(snippet.url);
    setNotice({ tone: 'ok', text: (await copyText(url)) ? 'Link copied:' : 'Copy this link:', href: url });
  }, [snippet.url, setNotice]);

  const editor = (
    <EditorShell
      code={session.code}
      onChange={session.setCode}
      onRun={runAndShow}
      theme={theme}
      builtinsDts={builtinsDts}
      marks={marks}
      readOnly={!session.isOwner}
      runError={result?.error && (result.status === 'compile-error' || result.status === 'error' || result.status === 'timeout') ? result.error : null}
    />
  );
  const output = (
    <div className="output" data-running={session.busy === 'run' || undefined}>
      <StatusBanner result={result} running={session.busy === 'run'} requestError={null} />
      <StaleNotice ranCode={ranCode} code={session.code} />
      <OutputTabs active={tab} onSelect={setTab} historyCount={session.runs.length}>
        {tab === 'run' ? (
          <>
            <TimelinePane result={result} playheadMs={Math.min(playheadMs, result?.virtualMs ?? 0)} onPlayhead={setPlayheadMs} />
            <InsightsPanel result={result} code={ranCode} onPlayhead={setPlayheadMs} />
            <ConsolePane result={result} playheadMs={Math.min(playheadMs, result?.virtualMs ?? 0)} />
          </>
        ) : (
          <HistoryPanel runs={session.runs} latest={session.run} />
        )}
      </OutputTabs>
    </div>
  );

  return (
    <div className="app">
      <Toolbar brandIsHeading={false} end={<ThemeToggle theme={theme} onToggle={toggle} />}>
        <SnippetActions
          isOwner={session.isOwner} dirty={session.dirty} busy={session.busy}
          onSave={session.save} onFork={session.fork} onCopyLink={copyLink} onRunAgain={runAndShow}
        />
      </Toolbar>
      <SnippetBar
        title={session.title} isOwner={session.isOwner} onTitle={session.setTitle}
        forkedFrom={forkedFrom} forkedFromId={snippet.forkedFromId}
        editedByVisitor={!session.isOwner && session.code !== session.saved.code}
      />
      <main className="app__main">
        <SplitPane first={editor} second={output} label="Resize editor and output" />
      </main>
      {session.notice && (
        <Toast tone={session.notice.tone} onDismiss={() => setNotice(null)} testId="snippet-notice">
          <p className="toast__line">
            {session.notice.text}{' '}
            {session.notice.href && <a className="toast__link" href={session.notice.href} data-testid="share-link">{session.notice.href}</a>}
          </p>
        </Toast>
      )}
    </div>
  );
}
