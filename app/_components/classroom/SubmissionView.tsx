'use client';
// One submission: its code read-only in the editor; its recorded run (status, timeline, console)
// and check results beside it. Nothing re-runs: the stored run is what was graded.
import { useState } from 'react';
import type { RunResult } from '@/lib/runner/protocol.ts';
import type { Check } from '@/lib/classroom/checks.ts';
import { SplitPane } from '../SplitPane.tsx';
import { StatusBanner } from '../StatusBanner.tsx';
import { ConsolePane } from '../ConsolePane.tsx';
import { TimelinePane } from '../timeline/TimelinePane.tsx';
import { shortDate } from '../../_lib/dates.ts';
import { ClassroomHeader, type HeaderUser } from './ClassroomHeader.tsx';
import { GradeReport, type GradeLike } from './GradeReport.tsx';
import { HarnessSources } from './HarnessSources.tsx';
import { PanelTabs } from './PanelTabs.tsx';
import { ReadOnlyCode } from './ReadOnlyCode.tsx';
import '../styles/classroom.css';

interface Props {
  user: HeaderUser;
  submission: { id: string; code: string; result: RunResult; grade: GradeLike; late: boolean; latePenalty?: string | null; createdAt: Date | string };
  assignment: { id: string; title: string; checks: Check[] };
  cls: { id: string; name: string };
  student: string;
  teacher: boolean;
}

export function SubmissionView({ user, submission, assignment, cls, student, teacher, builtinsDts }: Props & { builtinsDts: string }) {
  const [tab, setTab] = useState<'grade' | 'run'>('grade');
  const [playheadMs, setPlayheadMs] = useState(submission.result.virtualMs);
  const tabs = [{ id: 'grade', label: 'Check results' }, { id: 'run', label: 'Timeline & console' }] as const;
  const output = (
    <div className="output">
      <StatusBanner result={submission.result} running={false} requestError={null} />
      <PanelTabs<'grade' | 'run'> tabs={tabs} active={tab} onSelect={setTab}>
        {tab === 'grade' ? (
          <div className="grade-panel">
            <GradeReport grade={submission.grade} definitions={assignment.checks} late={submission.late} latePenalty={submission.latePenalty} code={submission.code} />
            {teacher ? <HarnessSources checks={assignment.checks} /> : null}
          </div>
        ) : (
          <>
            <TimelinePane result={submission.result} playheadMs={playheadMs} onPlayhead={setPlayheadMs} />
            <ConsolePane result={submission.result} playheadMs={playheadMs} />
          </>
        )}
      </PanelTabs>
    </div>
  );
  return (
    <div className="app" data-testid="submission-view">
      <ClassroomHeader user={user} />
      <div className="workspace-bar">
        <p className="breadcrumb"><a href={`/classes/${cls.id}`}>{cls.name}</a> / <a href={`/assignments/${assignment.id}`}>{assignment.title}</a> /</p>
        <h1 className="workspace-bar__title">Submission by <span data-testid="submission-student">{student}</span></h1>
        <span className="muted">{shortDate(submission.createdAt)}{teacher ? ' · all checks shown' : ''}</span>
      </div>
      <main className="app__main">
        <SplitPane first={<ReadOnlyCode code={submission.code} builtinsDts={builtinsDts} />} second={output} label="Resize code and results" />
      </main>
    </div>
  );
}
