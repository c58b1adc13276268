'use client';
// The assignment's checks: one small form each, and "add a check" of a chosen kind.
import { useState } from 'react';
import type { Check, CheckKind } from '@/lib/classroom/checks.ts';
import { CheckEditor } from './CheckEditor.tsx';
import { CHECK_KIND_LABELS, CHECK_KINDS, newCheck } from './check-drafts.ts';

export function ChecksEditor({ checks, onChange }: { checks: Check[]; onChange(next: Check[]): void }) {
  const [kind, setKind] = useState<CheckKind>('time');
  const total = checks.reduce((sum, c) => sum + c.points, 0);
  return (
    <section className="checks-editor" aria-labelledby="checks-title">
      <h2 id="checks-title" className="section-title">Checks <span className="muted">({total} points in all)</span></h2>
      {checks.length === 0 && <p className="muted">No checks yet: every submission would score 0 / 0.</p>}
      {checks.map((check, i) => (
        <CheckEditor key={check.id} check={check} index={i}
          onChange={(next) => onChange(checks.map((c, j) => (j === i ? next : c)))}
          onRemove={() => onChange(checks.filter((_, j) => j !== i))} />
      ))}
      <span className="field-row">
        <label className="field field--inline"><span className="field__label">Add a check</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as CheckKind)} data-testid="add-check-kind">
            {CHECK_KINDS.map((k) => <option key={k} value={k}>{CHECK_KIND_LABELS[k]}</option>)}
          </select></label>
        <button type="button" className="tool-button" onClick={() => onChange([...checks, newCheck(kind, checks.map((c) => c.id))])} data-testid="add-check">Add check</button>
      </span>
    </section>
  );
}
