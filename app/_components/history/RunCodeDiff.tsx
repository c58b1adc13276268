'use client';
// The code behind two compared runs: what changed between them, so a comparison never hides that
// the two timelines came from different programs.
import { codeDiff } from '../result/code-diff.ts';

interface Props {
  before: string | null;
  after: string | null;
  beforeLabel: string;
  afterLabel: string;
}

export function RunCodeDiff({ before, after, beforeLabel, afterLabel }: Props) {
  if (before === null || after === null) {
    return <p className="compare__hint" data-testid="compare-code">The code of runs recorded before runs kept their code is not available.</p>;
  }
  const diff = codeDiff(before, after);
  const changed = diff.some((line) => line.kind !== 'same');
  return (
    <details className="compare__code" data-testid="compare-code" open>
      <summary>{changed ? `Code: ${beforeLabel} → ${afterLabel}` : `Both runs ran the same code`}</summary>
      <pre className="stale__diff">
        {(changed ? diff : after.split('\n').map((text) => ({ kind: 'same' as const, text }))).map((line, i) => (
          <span key={i} className={`diff-line diff-line--${line.kind}`} data-kind={line.kind}>
            {line.kind === 'added' ? '+ ' : line.kind === 'removed' ? '- ' : '  '}{line.text}{'\n'}
          </span>
        ))}
      </pre>
    </details>
  );
}
