'use client';
// The teacher's private reference solution and "wrong on purpose" variants (never shown to
// students). Plain code areas, not Monaco: several programs declaring the same functions would
// clash in the editor's shared TypeScript project.
import type { Solution, WrongVariant } from '@/lib/classroom/authoring.ts';
import { MAX_VARIANTS } from '@/lib/classroom/authoring.ts';

const VARIANT_TEMPLATE: WrongVariant = { label: 'sequential version', code: '' };

export function SolutionEditor({ solution, onChange }: { solution: Solution; onChange(next: Solution): void }) {
  const setVariant = (i: number, next: WrongVariant) => onChange({ ...solution, variants: solution.variants.map((v, j) => (j === i ? next : v)) });
  return (
    <section className="solution-editor" aria-labelledby="solution-title" data-testid="solution-editor">
      <h2 id="solution-title" className="section-title">Reference solution <span className="badge badge--muted badge--inline">private</span></h2>
      <p className="muted">Every check runs against these programs when you save. Students never see them.</p>
      <label className="field"><span className="field__label">Reference solution: should pass every check</span>
        <textarea className="code-textarea" rows={8} spellCheck={false} value={solution.referenceCode}
          onChange={(e) => onChange({ ...solution, referenceCode: e.target.value })} data-testid="reference-code" /></label>
      {solution.variants.map((v, i) => (
        <fieldset className="variant" key={i} data-testid="variant">
          <legend>Wrong on purpose #{i + 1}: should fail at least one check</legend>
          <span className="field-row">
            <label className="field field--inline"><span className="field__label">Name</span>
              <input value={v.label} maxLength={80} onChange={(e) => setVariant(i, { ...v, label: e.target.value })} data-testid="variant-label" /></label>
            <button type="button" className="tool-button tool-button--danger" aria-label={`Remove wrong variant ${i + 1}`}
              onClick={() => onChange({ ...solution, variants: solution.variants.filter((_, j) => j !== i) })}>Remove</button>
          </span>
          <label className="field"><span className="field__label">Code</span>
            <textarea className="code-textarea" rows={6} spellCheck={false} value={v.code} onChange={(e) => setVariant(i, { ...v, code: e.target.value })}
              data-testid="variant-code" /></label>
        </fieldset>
      ))}
      <button type="button" className="tool-button" disabled={solution.variants.length >= MAX_VARIANTS} data-testid="add-variant"
        onClick={() => onChange({ ...solution, variants: [...solution.variants, { ...VARIANT_TEMPLATE, code: solution.referenceCode }] })}>
        Add a wrong variant{solution.variants.length >= MAX_VARIANTS ? ` (at most ${MAX_VARIANTS})` : ''}
      </button>
    </section>
  );
}
