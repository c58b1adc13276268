'use client';
// The teacher's assignment form: title, Markdown instructions beside the student's own view of them,
// starter code, due date and late policy, checks, and the private reference solution with wrong
// variants. Saving (POST to the class, then PUT) runs every check against those programs: any
// warning, or grades left out of date, keeps the teacher here to read them; otherwise it goes on.
import { useState, type FormEvent } from 'react';
import type { Check } from '@/lib/classroom/checks.ts';
import type { AuthoringReport, Solution } from '@/lib/classroom/authoring.ts';
import { ON_TIME_POLICY, type LatePolicy } from '@/lib/classroom/late-policy.ts';
import { EditorShell } from '../editor/EditorShell.tsx';
import { useTheme } from '../../_lib/theme.ts';
import { errorText, sendJson } from './api-client.ts';
import { AuthoringReportView } from './AuthoringReportView.tsx';
import { ChecksEditor } from './ChecksEditor.tsx';
import { DraftPreview } from './DraftPreview.tsx';
import { LatePolicyFields } from './LatePolicyFields.tsx';
import { SolutionEditor } from './SolutionEditor.tsx';
import { StaleGrades } from './StaleGrades.tsx';
import { tidyCheck } from './check-drafts.ts';
import { fromLocalInput, toLocalInput } from './due-date.ts';
import '../styles/authoring.css';

export interface AssignmentDraft {
  title: string;
  instructions: string;
  starterCode: string;
  dueAt: string;
  checks: Check[];
  latePolicy?: LatePolicy;
  solution?: Solution;
}

interface Props {
  initial: AssignmentDraft;
  /** POST here to create, or PUT here to update. */
  target: { method: 'POST' | 'PUT'; url: string };
  builtinsDts: string;
  /** The saved assignment's id (editing), for "Preview as student". */
  assignmentId?: string;
  /** Grades already out of date when the page opened. */
  staleGrades?: number;
}

interface Saved { assignment: { id: string }; authoring: AuthoringReport; staleGrades: number }

export function AssignmentEditor({ initial, target: initialTarget, builtinsDts, assignmentId, staleGrades = 0 }: Props) {
  const { theme } = useTheme();
  const [draft, setDraft] = useState({
    ...initial, latePolicy: initial.latePolicy ?? ON_TIME_POLICY, solution: initial.solution ?? { referenceCode: '', variants: [] }, due: toLocalInput(initial.dueAt),
  });
  const [target, setTarget] = useState(initialTarget);
  const [savedId, setSavedId] = useState(assignmentId);
  const [outcome, setOutcome] = useState<{ report: AuthoringReport; stale: number } | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof typeof draft>(key: K, value: (typeof draft)[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const dueAt = fromLocalInput(draft.due);
    if (!dueAt) return setError('Pick a due date and time.');
    setBusy(true);
    setError('');
    try {
      const { due: _due, ...fields } = draft;
      const body = { ...fields, dueAt, checks: draft.checks.map(tidyCheck) };
      const saved = await sendJson<Saved>(target.url, target.method, body);
      const { authoring, staleGrades: stale } = saved;
      if (!authoring.warnings.length && !authoring.unverified && stale === 0) return window.location.assign(`/assignments/${saved.assignment.id}`);
      // Stay to show what saving found; saving again updates the assignment just created.
      setSavedId(saved.assignment.id);
      setTarget({ method: 'PUT', url: `/api/assignments/${saved.assignment.id}` });
      setOutcome({ report: authoring, stale });
    } catch (failure) {
      setError(errorText(failure));
    }
    setBusy(false);
  };

  return (
    <form className="assignment-editor" onSubmit={save} data-testid="assignment-editor">
      {savedId && (
        <div className="action-row">
          <a className="tool-button tool-button--link" href={`/assignments/${savedId}/preview`} data-testid="preview-as-student">Preview as a student</a>
          <a className="tool-button tool-button--link" href={`/assignments/${savedId}`}>Open the dashboard</a>
        </div>
      )}
      <label className="field"><span className="field__label">Title</span>
        <input value={draft.title} onChange={(e) => set('title', e.target.value)} required maxLength={200} data-testid="assignment-title" /></label>
      <div className="instructions-editor">
        <label className="field"><span className="field__label">Instructions (Markdown)</span>
          <textarea rows={10} value={draft.instructions} onChange={(e) => set('instructions', e.target.value)} data-testid="assignment-instructions" /></label>
        <div className="field" aria-live="polite"><span className="field__label">What students see</span>
          <div className="markdown-frame"><DraftPreview title={draft.title} instructions={draft.instructions} due={draft.due} checks={draft.checks} latePolicy={draft.latePolicy} /></div></div>
      </div>
      <div className="field"><span className="field__label" id="starter-label">Starter code</span>
        <div className="starter-editor" aria-labelledby="starter-label">
          <EditorShell code={draft.starterCode} onChange={(code) => set('starterCode', code)} onRun={() => {}} theme={theme} builtinsDts={builtinsDts} runError={null} />
        </div></div>
      <div className="field-row due-row">
        <label className="field field--inline"><span className="field__label">Due (your local time)</span>
          <input type="datetime-local" value={draft.due} onChange={(e) => set('due', e.target.value)} required data-testid="assignment-due" suppressHydrationWarning /></label>
        <LatePolicyFields policy={draft.latePolicy} onChange={(p) => set('latePolicy', p)} />
      </div>
      <ChecksEditor checks={draft.checks} onChange={(checks) => set('checks', checks)} />
      <SolutionEditor solution={draft.solution} onChange={(s) => set('solution', s)} />
      {outcome && <AuthoringReportView report={outcome.report} />}
      {savedId && <StaleGrades key={outcome ? 'saved' : 'opened'} assignmentId={savedId} count={outcome ? outcome.stale : staleGrades} />}
      <div className="form-actions">
        <p className="form-error" role="alert" data-testid="assignment-error">{error}</p>
        {outcome && <span className="muted" data-testid="assignment-saved">Saved.</span>}
        <button type="submit" className="primary-button" disabled={busy} data-testid="assignment-save">{busy ? 'Saving and checking…' : 'Save assignment'}</button>
      </div>
    </form>
  );
}
