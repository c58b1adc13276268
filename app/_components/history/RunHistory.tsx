'use client';
// A snippet's runs, newest first: status, virtual time, real time and date, each with a checkbox
// to pick it for the comparison (picking a third drops the earliest pick).
import type { RunRecord } from '@/lib/api/snippet-response.ts';
import { realTime, virtualTime } from '../../_lib/format.ts';
import { shortDate } from '../../_lib/dates.ts';
import { runLabel } from './compare-text.ts';
import './history.css';

interface Props {
  runs: readonly RunRecord[];
  picked: readonly string[];
  onTogglePick(id: string): void;
}

export function RunHistory({ runs, picked, onTogglePick }: Props) {
  if (runs.length === 0) return <p className="history__empty" data-testid="run-history">No runs recorded yet. Press Run again.</p>;
  return (
    <table className="history" data-testid="run-history">
      <caption>Runs of this snippet, newest first. Pick two to compare their timelines.</caption>
      <thead>
        <tr>
          <th scope="col">Compare</th><th scope="col">Run</th><th scope="col">Status</th>
          <th scope="col">Virtual</th><th scope="col">Real</th><th scope="col">Tasks</th><th scope="col">Date</th>
        </tr>
      </thead>
      <tbody>
        {runs.map((run, i) => {
          const label = runLabel(i, runs.length);
          return (
            <tr key={run.id} data-testid="run-history-row" data-run-id={run.id} data-picked={picked.includes(run.id) || undefined}>
              <td>
                <input type="checkbox" checked={picked.includes(run.id)} onChange={() => onTogglePick(run.id)} aria-label={`Compare ${label}`} />
              </td>
              <td>{label}</td>
              <td><span className={`badge badge--${run.status === 'ok' ? 'ok' : 'error'}`}>{run.status}</span></td>
              <td className="history__num" data-testid="run-virtual-time">{virtualTime(run.virtualMs)}</td>
              <td className="history__num">{realTime(run.wallMs)}</td>
              <td className="history__num">{run.taskCount}</td>
              <td><time dateTime={run.createdAt}>{shortDate(run.createdAt)}</time></td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
