'use client';
// Submit for grading, beside Run. Fixed width, so "Submitting…" does not shift the toolbar.
export function SubmitButton({ submitting, onSubmit }: { submitting: boolean; onSubmit(): void }) {
  return (
    <button type="button" className="submit-button" data-testid="submit-button" aria-busy={submitting} disabled={submitting} onClick={onSubmit}>
      {submitting ? <><span className="spinner" aria-hidden="true" /> Grading…</> : 'Submit'}
    </button>
  );
}
