'use client';
// The playground: editor on one side; status, timeline and console on the other. Owns the code,
// the chosen example, the run and the playhead.
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { EditorShell } from './editor/EditorShell.tsx';
import { Toolbar } from './Toolbar.tsx';
import { ExamplesMenu } from './ExamplesMenu.tsx';
import { RunButton } from './RunButton.tsx';
import { ThemeToggle } from './ThemeToggle.tsx';
import { SplitPane } from './SplitPane.tsx';
import { StatusBanner } from './StatusBanner.tsx';
import { ExampleLesson } from './ExampleLesson.tsx';
import { ConsolePane } from './ConsolePane.tsx';
import { TimelinePane } from './timeline/TimelinePane.tsx';
import type { Example } from '@/lib/examples/example.ts';
import { useRun } from '../_lib/use-run.ts';
import { useTheme } from '../_lib/theme.ts';
import { loadSavedCode, saveCode } from '../_lib/persisted-code.ts';
import { useRunShortcut } from '../_lib/use-run-shortcut.ts';
import { saveCurrentSnippetId } from '../_lib/current-snippet.ts';
import { ShareButton } from './share/ShareButton.tsx';
import { StopButton } from './StopButton.tsx';
import { StaleNotice } from './result/StaleNotice.tsx';
import { ComparePrevious } from './result/ComparePrevious.tsx';
import { InsightsPanel } from './insights/InsightsPanel.tsx';
import { useCodeMarks } from './insights/use-code-marks.ts';
import { scrollToResultOnNarrowScreens } from './result/scroll-to-result.ts';
import { ShareToast } from './share/ShareToast.tsx';
import { useShare } from './share/use-share.ts';
import { ExploreButton } from './explore/ExploreButton.tsx';
import { ExplorePanel } from './explore/ExplorePanel.tsx';
import { useExplore } from './explore/use-explore.ts';
import { useExploreShortcut } from './explore/use-explore-shortcut.ts';

/** Title a shared snippet gets: the example's, else a placeholder the owner can rename. */
const UNTITLED = 'Untitled snippet';

interface PlaygroundProps {
  builtinsDts: string;
  /** The gallery (examples/, read by the page on the server), and the one a first visit shows. */
  examples: readonly Example[];
  defaultExampleId: string;
  /** The server-rendered "your snippets" menu, streamed in its own Suspense boundary. */
  recent?: ReactNode;
}

export function Playground({ builtinsDts, examples, defaultExampleId, recent }: PlaygroundProps) {
  const initial = examples.find((example) => example.id === defaultExampleId) ?? examples[0]!;
  const [code, setCode] = useState(initial.code);
  const [exampleId, setExampleId] = useState(initial.id);
  const [playheadMs, setPlayheadMs] = useState(0);
  const { result, ranCode, previous, running, requestError, run, stop, clear } = useRun();
  const { theme, toggle } = useTheme();
  const { sharing, outcome, share, dismiss } = useShare();
  const explore = useExplore();
  const marks = useCodeMarks(result, ranCode, code);
  const codeRef = useRef(code);
  codeRef.current = code;

  // Restore the last session's code after hydration (the server can't know it).
  useEffect(() => {
    const saved = loadSavedCode();
    if (saved === null) return;
    setCode(saved);
    setExampleId(examples.find((example) => example.code === saved)?.id ?? '');
  }, [examples]);

  // A new result starts with the playhead at its end, so the whole console shows.
  useEffect(() => {
    if (result) setPlayheadMs(result.virtualMs);
  }, [result]);

  // The editor hands its exact content on Ctrl+Enter; the button and page shortcut read codeRef,
  // which onChange updates synchronously (a render may not have happened since a paste).
  // Run shows one run again: the explored orderings make way for its timeline.
  const closeExplore = explore.close;
  const runCurrent = useCallback((exact?: string) => {
    closeExplore();
    run(typeof exact === 'string' ? exact : codeRef.current);
    scrollToResultOnNarrowScreens();
  }, [run, closeExplore]);
  useRunShortcut(runCurrent);
  const startExplore = explore.explore;
  const exploreCurrent = useCallback(() => startExplore(codeRef.current), [startExplore]);
  useExploreShortcut(exploreCurrent);

  const onChange = useCallback((next: string) => {
    codeRef.current = next;
    setCode(next);
    saveCode(next);
    setExampleId((id) => (id && examples.find((example) => example.id === id)?.code === next ? id : ''));
  }, [examples]);

  const pickExample = useCallback((id: string) => {
    const example = examples.find((candidate) => candidate.id === id);
    if (!example) return;
    codeRef.current = example.code;
    setCode(example.code);
    saveCode(example.code);
    setExampleId(example.id);
    // A result belongs to the code it ran: a new example's lesson must not sit above the old run.
    clear();
    // A fresh example is a fresh snippet: sharing it must not overwrite the one shared before.
    saveCurrentSnippetId(null);
  }, [clear, examples]);

  const title = examples.find((example) => example.id === exampleId)?.title ?? UNTITLED;
  const shareCurrent = useCallback(() => {
    share(title, codeRef.current);
  }, [share, title]);

  const editor = (
    <EditorShell
      code={code}
      onChange={onChange}
      onRun={runCurrent}
      theme={theme}
      builtinsDts={builtinsDts}
      marks={marks}
      runError={result?.error && (result.status === 'compile-error' || result.status === 'error' || result.status === 'timeout') ? result.error : null}
    />
  );

  const output = (
    <div className="output" data-running={running || undefined}>
      <StatusBanner result={result} running={running} requestError={requestError} />
      <StaleNotice ranCode={ranCode} code={code} />
      <ExampleLesson examples={examples} exampleId={exampleId} />
      {explore.active ? (
        <ExplorePanel explore={explore} code={code} title={title} />
      ) : (
        <>
          <TimelinePane result={result} playheadMs={playheadMs} onPlayhead={setPlayheadMs} />
          <InsightsPanel result={result} code={ranCode} onPlayhead={setPlayheadMs} />
          <ComparePrevious previous={previous} current={result && ranCode !== null ? { code: ranCode, result } : null} />
          <ConsolePane result={result} playheadMs={playheadMs} />
        </>
      )}
    </div>
  );

  return (
    <div className="app">
      <Toolbar end={<>{recent}<ThemeToggle theme={theme} onToggle={toggle} /></>}>
        <ExamplesMenu examples={examples} selectedId={exampleId} onPick={pickExample} />
        <ShareButton sharing={sharing} onShare={shareCurrent} />
        <ExploreButton exploring={explore.exploring} onExplore={exploreCurrent} />
        <RunButton running={running} onRun={runCurrent} />
        <StopButton running={running} onStop={stop} />
      </Toolbar>
      <main className="app__main">
        <SplitPane first={editor} second={output} label="Resize editor and output" />
      </main>
      {outcome && <ShareToast outcome={outcome} onDismiss={dismiss} title={title} />}
    </div>
  );
}
