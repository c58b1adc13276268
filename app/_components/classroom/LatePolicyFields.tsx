'use client';
// The assignment's late policy: accept late and flag it, a penalty per started day, or refuse.
import { describeLatePolicy, LATE_POLICY_KINDS, MAX_PENALTY_PERCENT, type LatePolicy, type LatePolicyKind } from '@/lib/classroom/late-policy.ts';

const LABELS: Record<LatePolicyKind, string> = { accept: 'Accept and mark late', penalty: 'Penalty per day late', refuse: 'Refuse after the deadline' };

export function LatePolicyFields({ policy, onChange }: { policy: LatePolicy; onChange(next: LatePolicy): void }) {
  return (
    <fieldset className="late-policy" data-testid="late-policy">
      <legend className="field__label">After the deadline</legend>
      <span className="field-row">
        <select value={policy.kind} aria-label="Late policy" data-testid="late-policy-kind"
          onChange={(e) => onChange({ ...policy, kind: e.target.value as LatePolicyKind })}>
          {LATE_POLICY_KINDS.map((k) => <option key={k} value={k}>{LABELS[k]}</option>)}
        </select>
        {policy.kind === 'penalty' && (
          <label className="field field--inline"><span className="field__label">% off per day</span>
            <input type="number" min={0} max={MAX_PENALTY_PERCENT} step={1} value={policy.penaltyPercent} data-testid="late-penalty"
              onChange={(e) => onChange({ ...policy, penaltyPercent: Math.max(0, Math.min(MAX_PENALTY_PERCENT, Math.round(Number(e.target.value) || 0))) })} /></label>
        )}
      </span>
      <span className="muted">{describeLatePolicy(policy)} Per-student extensions are set in the class roster.</span>
    </fieldset>
  );
}
