'use client';
// Behaviour groups: the class's latest submissions grouped by the shape of their timeline. Opening
// a group lists its students and draws one representative timeline (the submission API, which the
// teacher may read; the timeline is the playground's own component).
import { useEffect, useState } from 'react';
import type { BehaviourGroup } from '@/lib/classroom/behaviour-groups.ts';
import type { RunResult } from '@/lib/runner/protocol.ts';
import { virtualTime } from '../../_lib/format.ts';
import { TimelinePane } from '../timeline/TimelinePane.tsx';
import { errorText, sendJson } from './api-client.ts';

function Representative({ submissionId, username }: { submissionId: string; username: string }) {
  const [state, setState] = useState<{ result: RunResult | null; error: string | null }>({ result: null, error: null });
  const [playheadMs, setPlayheadMs] = useState(0);
  useEffect(() => {
    let live = true;
    setState({ result: null, error: null });
    sendJson<{ submission: { result: RunResult } }>(`/api/submissions/${submissionId}`, 'GET')
      .then(({ submission }) => { if (live) { setState({ result: submission.result, error: null }); setPlayheadMs(submission.result.virtualMs); } })
      .catch((failure: unknown) => { if (live) setState({ result: null, error: errorText(failure) }); });
    return () => { live = false; };
  }, [submissionId]);
  return (
    <div className="group-timeline" data-testid="group-timeline">
      <p className="muted">Representative timeline: {username}'s latest submission (<a href={`/submissions/${submissionId}`}>open</a>)</p>
      {state.error ? <p role="alert" className="muted">Could not load the timeline: {state.error}</p>
        : state.result ? <TimelinePane result={state.result} playheadMs={playheadMs} onPlayhead={setPlayheadMs} />
          : <p className="muted" aria-busy="true">Loading the timeline…</p>}
    </div>
  );
}

export function BehaviourGroups({ groups }: { groups: BehaviourGroup[] }) {
  const [open, setOpen] = useState<string | null>(null);
  if (!groups.length) return <p className="muted" data-testid="groups-empty">No submissions yet: groups appear with the first one.</p>;
  const total = groups.reduce((n, g) => n + g.students.length, 0);
  const current = groups.find((g) => g.behaviour === open) ?? null;
  const representative = current?.students.find((s) => s.submissionId === current.representativeId);
  return (
    <div className="groups" data-testid="behaviour-groups">
      <ul className="groups__list">
        {groups.map((g) => (
          <li key={g.behaviour}>
            <button type="button" className="group-button" data-testid="behaviour-group" data-behaviour={g.behaviour}
              aria-expanded={open === g.behaviour} aria-controls="group-detail" onClick={() => setOpen(open === g.behaviour ? null : g.behaviour)}>
              <span className="group-button__count" data-testid="group-count">{g.students.length}</span>
              <span className="group-button__text"><strong>{g.title}</strong><span className="muted">{g.description}</span></span>
              <span className="group-button__share" aria-hidden="true"><span style={{ width: `${Math.round((g.students.length / total) * 100)}%` }} /></span>
            </button>
          </li>
        ))}
      </ul>
      {current && (
        <section id="group-detail" className="group-detail" data-testid="group-detail" aria-label={`${current.title}: students and a representative timeline`}>
          <h3 className="section-title">{current.title}: {current.students.length} student{current.students.length === 1 ? '' : 's'}</h3>
          <ul className="group-students" data-testid="group-students">
            {current.students.map((s) => (
              <li key={s.studentId} data-testid="group-student" data-username={s.username}>
                <a href={`/submissions/${s.submissionId}`} data-testid="group-student-link">{s.username}</a>
                {/* A run that did not finish stopped at this time; it did not take it. */}
                {s.virtualMs !== null && <span className="muted"> · {s.status === 'ok' ? virtualTime(s.virtualMs) : `stopped at ${virtualTime(s.virtualMs)}`}</span>}
              </li>
            ))}
          </ul>
          {representative && <Representative submissionId={representative.submissionId} username={representative.username} />}
        </section>
      )}
    </div>
  );
}
