'use client';
// A student's assignment: the full playground (instructions, editor, Run with timeline, console and
// status) plus Submit, the latest grade and their submissions. Opens on their latest submission.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RunResult } from '@/lib/runner/protocol.ts';
import type { Check } from '@/lib/classroom/checks.ts';
import { EditorShell } from '../editor/EditorShell.tsx';
import { RunButton } from '../RunButton.tsx';
import { SplitPane } from '../SplitPane.tsx';
import { StatusBanner } from '../StatusBanner.tsx';
import { ConsolePane } from '../ConsolePane.tsx';
import { TimelinePane } from '../timeline/TimelinePane.tsx';
import { useRun } from '../../_lib/use-run.ts';
import { useTheme } from '../../_lib/theme.ts';
import { useRunShortcut } from '../../_lib/use-run-shortcut.ts';
import { ClassroomHeader, type HeaderUser } from './ClassroomHeader.tsx';
import { GradeReport } from './GradeReport.tsx';
import { Instructions } from './Instructions.tsx';
import { PanelTabs } from './PanelTabs.tsx';
import { SubmissionList, type SubmissionItem } from './SubmissionList.tsx';
import { SubmitButton } from './SubmitButton.tsx';
import { useSubmit, type Graded } from './use-submit.ts';
import '../styles/classroom.css';
import '../styles/authoring.css';

export interface StudentAssignment {
  id: string;
  title: string;
  instructionsHtml: string;
  dueAt: Date | string;
  late: boolean;
  checks: Check[];
  hiddenCheckCount: number;
  lateNote?: string;
  extended?: boolean;
  /** The late policy refuses submissions now. */
  closed?: boolean;
}

interface Props {
  user: HeaderUser;
  assignment: StudentAssignment;
  initialCode: string;
  submissions: SubmissionItem[];
  latest: Graded | null;
  builtinsDts: string;
  /** The teacher's "preview as a student": everything the student sees, with Submit replaced by a note. */
  preview?: { editUrl: string };
}

type Tab = 'run' | 'grade';

export function StudentWorkspace({ user, assignment, initialCode, submissions, latest, builtinsDts, preview }: Props) {
  const [code, setCode] = useState(initialCode);
  const codeRef = useRef(code);
  codeRef.current = code;
  const { theme } = useTheme();
  const { result: runResult, running, requestError, run } = useRun();
  const sub = useSubmit(assignment.id, { submissions, latest });
  // What the timeline shows: the latest Run, or the run of the submission just graded.
  const [shown, setShown] = useState<RunResult | null>(latest?.result ?? null);
  const [playheadMs, setPlayheadMs] = useState(latest?.result.virtualMs ?? 0);
  const [tab, setTab] = useState<Tab>(latest ? 'grade' : 'run');

  const show = useCallback((result: RunResult) => {
    setShown(result);
    setPlayheadMs(result.virtualMs);
  }, []);
  useEffect(() => {
    if (!runResult) return;
    show(runResult);
    setTab('run');
  }, [runResult, show]);

  // Editor edits update codeRef synchronously (a paste may not have re-rendered yet), and Ctrl+Enter
  // in the editor hands its exact content: Run and Submit always take what is on screen.
  const onCodeChange = useCallback((next: string) => {
    codeRef.current = next;
    setCode(next);
  }, []);
  const runCurrent = useCallback((exact?: unknown) => run(typeof exact === 'string' ? exact : codeRef.current), [run]);
  useRunShortcut(runCurrent);
  const submitCurrent = useCallback(async () => {
    const graded = await sub.submit(codeRef.current);
    if (!graded) return;
    show(graded.result);
    setTab('grade');
  }, [sub, show]);

  const editor = (
    <div className="workspace-left">
      <Instructions title={assignment.title} instructionsHtml={assignment.instructionsHtml} dueAt={assignment.dueAt}
        pastDue={assignment.late} checks={assignment.checks} hiddenCheckCount={assignment.hiddenCheckCount}
        lateNote={assignment.lateNote} extended={assignment.extended} />
      <EditorShell code={code} onChange={onCodeChange} onRun={runCurrent} theme={theme} builtinsDts={builtinsDts}
        runError={shown?.error && (shown.status === 'compile-error' || shown.status === 'error') ? shown.error : null} />
    </div>
  );
  const tabs = [{ id: 'run', label: 'Timeline & console' }, { id: 'grade', label: `Grade & submissions (${sub.submissions.length})` }] as const;
  const output = (
    <div className="output" data-running={running || sub.submitting || undefined}>
      <StatusBanner result={shown} running={running || sub.submitting} requestError={sub.error ?? requestError} />
      <PanelTabs<Tab> tabs={tabs} active={tab} onSelect={setTab}>
        {tab === 'run' ? (
          <>
            <TimelinePane result={shown} playheadMs={playheadMs} onPlayhead={setPlayheadMs} />
            <ConsolePane result={shown} playheadMs={playheadMs} />
          </>
        ) : (
          <div className="grade-panel">
            {sub.latest ? (
              <GradeReport grade={sub.latest.grade} definitions={assignment.checks} late={sub.latest.submission.late} latePenalty={sub.latest.submission.latePenalty} />
            ) : null}
            <SubmissionList submissions={sub.submissions} />
          </div>
        )}
      </PanelTabs>
    </div>
  );

  return (
    <div className="app" data-testid="student-workspace">
      <ClassroomHeader user={user}>
        {preview ? (
          <span className="preview-note" data-testid="preview-banner">Student preview · <a href={preview.editUrl}>edit</a></span>
        ) : assignment.closed ? (
          <span className="badge badge--warn" data-testid="submissions-closed">Submissions closed</span>
        ) : <SubmitButton submitting={sub.submitting} onSubmit={submitCurrent} />}
        <RunButton running={running} onRun={runCurrent} />
      </ClassroomHeader>
      <main className="app__main">
        <SplitPane first={editor} second={output} label="Resize editor and output" />
      </main>
    </div>
  );
}
