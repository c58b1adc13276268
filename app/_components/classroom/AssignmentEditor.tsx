'use client';
// The teacher's assignment form: title, Markdown instructions with a live (safe) preview, starter
// code in the editor, due date and checks. Creates (POST to the class) or updates (PUT).
import { useState, type FormEvent } from 'react';
import type { Check } from '@/lib/classroom/checks';
import { EditorShell } from '../editor/EditorShell';
import { useTheme } from '../../_lib/theme';
import { errorText, sendJson } from './api-client';
import { ChecksEditor } from './ChecksEditor';
import { MarkdownPreview } from './MarkdownPreview';
import { tidyCheck } from './check-drafts';
import { fromLocalInput, toLocalInput } from './due-date';

export interface AssignmentDraft {
  title: string;
  instructions: string;
  starterCode: string;
  dueAt: string;
  checks: Check[];
}

interface Props {
  initial: AssignmentDraft;
  /** POST here to create, or PUT here to update. */
  target: { method: 'POST' | 'PUT'; url: string };
  builtinsDts: string;
}

export function AssignmentEditor({ initial, target, builtinsDts }: Props) {
  const { theme } = useTheme();
  const [draft, setDraft] = useState({ ...initial, due: toLocalInput(initial.dueAt) });
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
      const saved = await sendJson<{ assignment: { id: string } }>(target.url, target.method, body);
      window.location.assign(`/assignments/${saved.assignment.id}`);
    } catch (failure) {
      setError(errorText(failure));
      setBusy(false);
    }
  };

  return (
    <form className="assignment-editor" onSubmit={save} data-testid="assignment-editor">
      <label className="field"><span className="field__label">Title</span>
        <input value={draft.title} onChange={(e) => set('title', e.target.value)} required maxLength={200} data-testid="assignment-title" /></label>
      <div className="instructions-editor">
        <label className="field"><span className="field__label">Instructions (Markdown)</span>
          <textarea rows={10} value={draft.instructions} onChange={(e) => set('instructions', e.target.value)} data-testid="assignment-instructions" /></label>
        <div className="field" aria-live="polite"><span className="field__label">Preview</span>
          <div className="markdown-frame"><MarkdownPreview source={draft.instructions} testId="instructions-preview" /></div></div>
      </div>
      <div className="field"><span className="field__label" id="starter-label">Starter code</span>
        <div className="starter-editor" aria-labelledby="starter-label">
          <EditorShell code={draft.starterCode} onChange={(code) => set('starterCode', code)} onRun={() => {}} theme={theme} builtinsDts={builtinsDts} runError={null} />
        </div></div>
      <label className="field field--inline"><span className="field__label">Due (your local time)</span>
        <input type="datetime-local" value={draft.due} onChange={(e) => set('due', e.target.value)} required data-testid="assignment-due" suppressHydrationWarning /></label>
      <ChecksEditor checks={draft.checks} onChange={(checks) => set('checks', checks)} />
      <div className="form-actions">
        <p className="form-error" role="alert" data-testid="assignment-error">{error}</p>
        <button type="submit" className="primary-button" disabled={busy} data-testid="assignment-save">{busy ? 'Saving…' : 'Save assignment'}</button>
      </div>
    </form>
  );
}
