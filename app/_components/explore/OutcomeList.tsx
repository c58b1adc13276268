'use client';
// The distinct outcomes, most frequent first: how many orderings reach each, its smallest schedule,
// and its output. Picking one opens its timeline; a second can be compared beside it.
import type { ExploreOutcome } from '@/lib/runner/explore/report.ts';
import { scheduleLabel } from '@/lib/runner/explore/schedule.ts';
import { plural, virtualTime } from '../../_lib/format.ts';

interface Props {
  outcomes: readonly ExploreOutcome[];
  open: readonly number[];
  onShow(index: number): void;
  onCompare(index: number): void;
}

/** Outcome letters, so "A" and "B" name the same thing in the list and on the timelines. */
export const outcomeName = (index: number) => `Outcome ${String.fromCharCode(65 + (index % 26))}${index >= 26 ? Math.floor(index / 26) : ''}`;

export function OutcomeList({ outcomes, open, onShow, onCompare }: Props) {
  return (
    <ul className="explore__outcomes" data-testid="explore-outcomes">
      {outcomes.map((o, i) => (
        <li key={i} className="explore__outcome" data-testid="explore-outcome" data-open={open.includes(i) || undefined}>
          <div className="explore__outcome-head">
            <button type="button" className="explore__show" data-testid="outcome-show" aria-pressed={open[0] === i} onClick={() => onShow(i)}>
              {outcomeName(i)}
            </button>
            <span className="explore__count">{plural(o.count, 'ordering')}</span>
            <span className={`explore__status explore__status--${o.status}`}>{o.status}</span>
            <span className="explore__time">{virtualTime(o.virtualMs)}</span>
            <span className="explore__schedule" title="The smallest schedule reaching this outcome (fewest choices away from the default order)">schedule <code>{scheduleLabel(o.schedule)}</code></span>
            <label className="explore__compare">
              <input type="checkbox" data-testid="outcome-compare" checked={open[1] === i} disabled={open[0] === i} onChange={() => onCompare(i)} />
              compare
            </label>
          </div>
          <pre className="explore__stdout">{o.stdout.length > 0 ? o.stdout.join('\n') : '(no output)'}{o.error ? `\n${o.error.name}: ${o.error.message}` : ''}</pre>
        </li>
      ))}
    </ul>
  );
}
