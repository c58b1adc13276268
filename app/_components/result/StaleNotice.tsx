'use client';
// "Code changed since this run": shown once the editor no longer holds the code the result came
// from, with the change one click away, so a result is never mistaken for the code beside it.
import { useMemo, useState } from 'react';
import './result.css';
import { codeDiff } from './code-diff.ts';

export function StaleNotice({ ranCode, code }: { ranCode: string | null; code: string }) {
  const [open, setOpen] = useState(false);
  const stale = ranCode !== null && ranCode !== code;
  const diff = useMemo(() => (stale && open ? codeDiff(ranCode, code) : []), [stale, open, ranCode, code]);
  if (!stale) return null;
  return (
    <section className="stale" data-testid="stale-notice" role="status">
      <p className="stale__line">
        <span className="badge badge--warn">Code changed since this run</span>{' '}
        The result below came from the code before your edits. Run again to see the new code&rsquo;s timeline.{' '}
        <button type="button" className="link-button" data-testid="show-diff" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Hide changes' : 'Show changes'}
        </button>
      </p>
      {open && (
        <pre className="stale__diff" data-testid="code-diff" aria-label="Changes since this run">
          {diff.map((line, i) => (
            <span key={i} className={`diff-line diff-line--${line.kind}`} data-kind={line.kind}>
              {line.kind === 'added' ? '+ ' : line.kind === 'removed' ? '- ' : '  '}{line.text}{'\n'}
            </span>
          ))}
        </pre>
      )}
    </section>
  );
}
