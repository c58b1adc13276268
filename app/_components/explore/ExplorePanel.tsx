'use client';
// Explore's results beside the editor: "2 possible outputs in 4 orderings — exhaustive", the
// outcomes, the open outcome's timeline with its choice points (two on one time axis when
// comparing), and a share link that opens exactly that outcome.
import type { ExploreState } from './use-explore.ts';
import './explore.css';
import { exploreHeadline } from '@/lib/runner/explore/format.ts';
import { OutcomeList, outcomeName } from './OutcomeList.tsx';
import { OutcomeTimeline } from './OutcomeTimeline.tsx';
import { useOutcomeShare } from './use-outcome-share.ts';

/** Latency jitter choices offered (docs/explore.md's rule); the API takes any value up to 0.5. */
const JITTERS = [0, 0.05, 0.1, 0.2] as const;

interface Props {
  explore: ExploreState;
  /** The code in the editor now: a report for other code is marked stale. */
  code: string;
  title: string;
}

export function ExplorePanel({ explore, code, title }: Props) {
  const { report, exploring, error, open, replays, exploredCode } = explore;
  const { share, shareOutcome } = useOutcomeShare();
  if (!report && !exploring && !error) return null;
  const stale = report !== null && exploredCode !== code;
  const domainMs = Math.max(0, ...open.map((i) => report?.outcomes[i]?.virtualMs ?? 0));
  const first = report?.outcomes[open[0] ?? -1];
  return (
    <section className="explore" data-testid="explore-panel" aria-label="Explored orderings" aria-busy={exploring}>
      <div className="explore__bar">
        <h2 className="pane-title" data-testid="explore-headline">
          {exploring ? 'Exploring every ordering…' : report ? exploreHeadline(report) : 'Explore failed'}
        </h2>
        <label className="explore__jitter" title="Every delay may vary by this much, so near ties become choices too">
          jitter
          <select data-testid="explore-jitter" value={explore.jitter} disabled={exploring} onChange={(e) => explore.explore(code, Number(e.target.value))}>
            {JITTERS.map((j) => <option key={j} value={j}>{j === 0 ? 'none' : `±${j * 100} %`}</option>)}
          </select>
        </label>
        <button type="button" className="explore__close" onClick={explore.close} aria-label="Close the explored orderings">×</button>
      </div>
      {error && <p className="explore__error" role="alert">{error}</p>}
      {stale && <p className="explore__note" role="status">The code has changed since this exploration: press Explore again to explore the code beside it.</p>}
      {report && !stale && (
        <>
          <OutcomeList outcomes={report.outcomes} open={open} onShow={explore.show} onCompare={explore.toggleCompare} />
          {first && (
            <div className="explore__share">
              <button type="button" data-testid="outcome-share" disabled={share.state === 'sharing'} onClick={() => shareOutcome(title, exploredCode ?? code, first.schedule)}>
                {share.state === 'sharing' ? 'Saving…' : `Share ${outcomeName(open[0]!)}`}
              </button>
              {share.state === 'shared' && (
                <span role="status">{share.copied ? 'Link copied: ' : 'Copy this link: '}<a data-testid="outcome-share-link" href={share.url}>{share.url}</a></span>
              )}
              {share.state === 'failed' && <span role="alert">Could not share: {share.message}</span>}
            </div>
          )}
          <div className="explore__runs" data-comparing={open.length > 1 || undefined}>
            {open.map((index) => (
              <div key={index} className="explore__run" data-testid="explore-run">
                <h3 className="explore__run-title">{outcomeName(index)} · schedule {report.outcomes[index]!.schedule || 'default'}</h3>
                <OutcomeTimeline run={replays.get(report.outcomes[index]!.schedule)} domainMs={domainMs} label={outcomeName(index)} />
              </div>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
