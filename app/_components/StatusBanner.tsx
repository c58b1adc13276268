'use client';
// The run's headline: status, virtual time, task count and real time, then any non-ok status
// explained in words and the warnings.
import type { RunResult } from '@/lib/runner/protocol.ts';
import { describeStatus } from '../_lib/status-text.ts';
import { plural, realTime, virtualTime } from '../_lib/format.ts';
import { directCallIds } from '@/lib/insights/index.ts';

interface Props {
  result: RunResult | null;
  running: boolean;
  requestError: string | null;
}

/** Tasks in asyncio's sense: a coroutine awaited directly runs inside its caller's task. */
function taskCount(result: RunResult): string {
  const calls = directCallIds(result.tasks).size;
  return plural(result.tasks.length - calls, 'task') + (calls > 0 ? ` + ${plural(calls, 'awaited call')}` : '');
}

export function StatusBanner({ result, running, requestError }: Props) {
  if (requestError) {
    return (
      <section className="banner banner--error" data-testid="run-status" data-status="request-error" role="alert">
        <p className="banner__headline"><span className="badge badge--error">Request failed</span> {requestError}</p>
      </section>
    );
  }
  if (!result) {
    return (
      <section className="banner" data-testid="run-status" data-status={running ? 'running' : 'idle'} aria-live="polite">
        <p className="banner__headline banner__hint">
          {running ? 'Running…' : <>Press <kbd>Run</kbd> or <kbd>Ctrl</kbd>+<kbd>Enter</kbd> to run the program and see its timeline. In the editor, <kbd>Ctrl</kbd>+<kbd>M</kbd> lets <kbd>Tab</kbd> move focus out.</>}
        </p>
      </section>
    );
  }
  const text = describeStatus(result);
  return (
    <section
      className={`banner banner--${text.tone}`}
      data-testid="run-status"
      data-status={result.status}
      aria-live="polite"
      aria-busy={running}
    >
      <p className="banner__headline">
        <span className={`badge badge--${text.tone}`}>{text.label}</span>
        <span className="banner__figures">
          <strong data-testid="virtual-time">{virtualTime(result.virtualMs)}</strong> virtual
          {' · '}{taskCount(result)}
          {' · '}{realTime(result.stats.wallMs)} real
        </span>
      </p>
      {text.explanation.length > 0 && (
        <ul className="banner__explanation">
          {text.explanation.map((line, i) => <li key={i}>{line}</li>)}
        </ul>
      )}
      {text.warnings.length > 0 && (
        <details className="banner__warnings" open={text.warnings.length <= 3}>
          <summary>{plural(text.warnings.length, 'warning')}</summary>
          <ul>{text.warnings.map((line, i) => <li key={i}>{line}</li>)}</ul>
        </details>
      )}
    </section>
  );
}
