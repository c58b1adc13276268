// A student's submissions to one assignment, newest first, each opening its own page: how the run
// ended next to its score and time (a deadlock at 1 s is not a 1 s run), and the hidden checks as
// a one-line summary that names kinds, never checks.
import type { CheckKind } from '@/lib/classroom/checks.ts';
import { hiddenSummaryText } from '@/lib/classroom/redact.ts';
import { shortDate } from '../../_lib/dates.ts';
import { virtualTime } from '../../_lib/format.ts';

export interface SubmissionItem {
  id: string;
  score: number;
  maxScore: number;
  virtualMs: number;
  status: string;
  late: boolean;
  createdAt: Date | string;
  /** Hidden checks as the student may see them; absent in the teacher's lists. */
  hidden?: { passed: number; total: number; failedKinds: CheckKind[] };
  /** "late by 2 days: −30 % (score 100 → 70)", worked out on the server; null when on time. */
  latePenalty?: string | null;
}

const STATUS_WORDS: Record<string, string> = {
  ok: 'finished', error: 'error', 'compile-error': 'compile error', deadlock: 'deadlock', timeout: 'time-out',
  memory: 'out of memory', limit: 'limit reached', crash: 'crashed', busy: 'not run',
};

/** How a run ended, as a badge: green only for "ok". */
export function RunBadge({ status }: { status: string }) {
  return <span className={`badge badge--inline ${status === 'ok' ? 'badge--ok' : 'badge--error'}`} data-status={status}>{STATUS_WORDS[status] ?? status}</span>;
}

export function RunStatus({ status, virtualMs }: { status: string; virtualMs: number }) {
  const ok = status === 'ok';
  return (
    <span data-testid="submission-status" data-status={status}>
      <RunBadge status={status} />{' '}
      {/* A run that did not finish stopped at this time; it did not take it. */}
      <span className={ok ? undefined : 'muted'}>{ok ? `in ${virtualTime(virtualMs)}` : `stopped at ${virtualTime(virtualMs)}`}</span>
    </span>
  );
}

export function SubmissionList({ submissions }: { submissions: SubmissionItem[] }) {
  if (!submissions.length) return <p className="muted" data-testid="no-submissions">No submissions yet. Press Submit to be graded; you can submit as often as you like.</p>;
  return (
    <table className="data-table data-table--compact" data-testid="submission-list">
      <caption className="section-title">Your submissions ({submissions.length})</caption>
      <thead><tr><th scope="col">Submitted</th><th scope="col">Score</th><th scope="col">Run</th><th scope="col">Hidden checks</th><th scope="col"><span className="visually-hidden">Open</span></th></tr></thead>
      <tbody>
        {submissions.map((s) => {
          const hidden = s.hidden ? hiddenSummaryText(s.hidden, s.hidden.failedKinds) : null;
          return (
            <tr key={s.id} data-testid="submission-item">
              <td>{shortDate(s.createdAt)} {s.late && <span className="badge badge--warn badge--inline">late</span>}
                {s.latePenalty && <span className="late-penalty muted" data-testid="submission-late-penalty">{s.latePenalty}</span>}</td>
              <td data-testid="submission-score">{s.score} / {s.maxScore}</td>
              <td><RunStatus status={s.status} virtualMs={s.virtualMs} /></td>
              <td data-testid="submission-hidden" className="submission-hidden">{hidden ?? <span className="muted">none</span>}</td>
              <td><a href={`/submissions/${s.id}`} data-testid="submission-link">Open</a></td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
