// The assignment as a student reads it beside the editor: due date, rendered instructions and how
// it is graded (visible checks in words, hidden ones as a count). Collapsible to give the editor room.
import type { Check } from '@/lib/classroom/checks.ts';
import { shortDate } from '../../_lib/dates.ts';
import { describeCheck } from './describe-check.ts';
import { MarkdownPreview } from './MarkdownPreview.tsx';

interface Props {
  title: string;
  instructionsHtml: string;
  dueAt: Date | string;
  pastDue: boolean;
  checks: readonly Check[];
  hiddenCheckCount: number;
  /** The late policy in one sentence, and whether the student has an extension. */
  lateNote?: string;
  extended?: boolean;
}

export function Instructions({ title, instructionsHtml, dueAt, pastDue, checks, hiddenCheckCount, lateNote, extended }: Props) {
  return (
    <section className="instructions" aria-labelledby="assignment-heading" data-testid="instructions">
      <div className="instructions__head">
        <h1 className="instructions__title" id="assignment-heading" data-testid="assignment-heading">{title}</h1>
        <span className="muted" data-testid="assignment-due-at">{extended ? 'your extended deadline' : 'due'} <time dateTime={new Date(dueAt).toISOString()}>{shortDate(dueAt)}</time></span>
        {pastDue && <span className="badge badge--warn badge--inline">past due</span>}
        {lateNote && <span className="muted instructions__late" data-testid="late-note">{lateNote}</span>}
      </div>
      <details className="instructions__details" open>
        <summary>Instructions and grading</summary>
        <div className="instructions__body">
          <MarkdownPreview html={instructionsHtml} />
          <h2 className="section-title">How it is graded</h2>
          <ul className="instructions__checks" data-testid="visible-checks">
            {checks.map((c) => <li key={c.id}>{describeCheck(c)} <span className="muted">({c.points} pts)</span></li>)}
            {hiddenCheckCount > 0 && <li className="muted">…and {hiddenCheckCount} hidden check{hiddenCheckCount === 1 ? '' : 's'}</li>}
          </ul>
        </div>
      </details>
    </section>
  );
}
