'use client';
// One check in the assignment editor: its kind's own fields (lines, limit, status, harness code),
// then points, visibility and Remove, which every kind shares.
import { RUN_STATUSES } from '@/lib/runner/protocol.ts';
import type { Check } from '@/lib/classroom/checks.ts';
import { CHECK_KIND_LABELS } from './check-drafts.ts';

interface Props {
  check: Check;
  index: number;
  onChange(next: Check): void;
  onRemove(): void;
}

const num = (value: string) => (value === '' ? 0 : Number(value));

function KindFields({ check, onChange }: Pick<Props, 'check' | 'onChange'>) {
  switch (check.kind) {
    case 'output':
    case 'explore-output': return (
      <>
        <label className="field field--inline"><span className="field__label">Match</span>
          <select value={check.match} onChange={(e) => onChange({ ...check, match: e.target.value as 'exact' | 'regex' })} data-testid="check-match">
            <option value="exact">exact lines</option><option value="regex">a pattern (regular expression) per line</option>
          </select></label>
        <label className="field"><span className="field__label">Expected console lines, one per line</span>
          <textarea className="mono" rows={4} value={check.lines.join('\n')} onChange={(e) => onChange({ ...check, lines: e.target.value.split('\n') })} data-testid="check-lines" /></label>
      </>
    );
    case 'time': return (
      <span className="field-row">
        <label className="field field--inline"><span className="field__label">Virtual time</span>
          <select value={check.op} onChange={(e) => onChange({ ...check, op: e.target.value as typeof check.op })} data-testid="check-op">
            <option value="atMost">at most</option><option value="atLeast">at least</option><option value="exactly">exactly</option>
          </select></label>
        <label className="field field--inline"><input type="number" min={0} step={1} value={check.ms} onChange={(e) => onChange({ ...check, ms: num(e.target.value) })} data-testid="check-ms" aria-label="Milliseconds" /> ms</label>
      </span>
    );
    case 'concurrency': return (
      <label className="field field--inline"><span className="field__label">At least</span>
        <input type="number" min={1} step={1} value={check.minWaiting} onChange={(e) => onChange({ ...check, minWaiting: num(e.target.value) })} data-testid="check-min-waiting" />
        tasks waiting at the same instant</label>
    );
    case 'no-warnings': return <p className="muted">Passes when no task is cancelled at shutdown, no promise floats and no rejection goes unhandled.</p>;
    case 'status': return (
      <label className="field field--inline"><span className="field__label">The run ends with status</span>
        <select value={check.status} onChange={(e) => onChange({ ...check, status: e.target.value as typeof check.status })} data-testid="check-status">
          {RUN_STATUSES.map((s) => <option key={s} value={s}>{s}</option>)}
        </select></label>
    );
    case 'explore-outcomes': return (
      <label className="field field--inline"><span className="field__label">At least</span>
        <input type="number" min={2} step={1} value={check.min} onChange={(e) => onChange({ ...check, min: num(e.target.value) })} data-testid="check-min-outcomes" />
        distinct outcomes under Explore (find-the-race exercises)</label>
    );
    case 'harness': return (
      <label className="field"><span className="field__label">Harness (TypeScript run after the student’s code, with assert / expect)</span>
        <textarea className="mono" rows={6} value={check.code} onChange={(e) => onChange({ ...check, code: e.target.value })} data-testid="check-harness" spellCheck={false} /></label>
    );
  }
}

export function CheckEditor({ check, index, onChange, onRemove }: Props) {
  return (
    <fieldset className="check-editor" data-testid="check-editor" data-kind={check.kind}>
      <legend>{index + 1}. {CHECK_KIND_LABELS[check.kind]} <span className="muted">({check.id})</span></legend>
      <KindFields check={check} onChange={onChange} />
      <span className="field-row">
        <label className="field field--inline"><span className="field__label">Points</span>
          <input type="number" min={0} max={1000} step={1} value={check.points} onChange={(e) => onChange({ ...check, points: num(e.target.value) })} data-testid="check-points" /></label>
        <label className="field field--inline">
          <input type="checkbox" checked={check.visible} onChange={(e) => onChange({ ...check, visible: e.target.checked })} data-testid="check-visible" />
          Visible to students <span className="muted">(hidden checks show only as a count passed)</span></label>
        <button type="button" className="tool-button tool-button--danger" onClick={onRemove} aria-label={`Remove check ${index + 1}`}>Remove</button>
      </span>
    </fieldset>
  );
}
