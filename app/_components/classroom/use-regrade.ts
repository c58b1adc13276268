'use client';
// "Regrade all": starts the background job, polls its progress until it ends, then hands back so
// the dashboard can reload its rows. Picks up a job still running when the page opens.
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorText, sendJson } from './api-client.ts';

export interface RegradeJob { id: string; state: 'queued' | 'running' | 'done' | 'failed'; total: number; done: number; error: string | null }

/** How often the progress is polled, in ms. */
const POLL_MS = 500;

export function useRegrade(assignmentId: string, initial: RegradeJob | null, onFinished: () => void) {
  const [job, setJob] = useState(initial);
  const [error, setError] = useState('');
  const finished = useRef(onFinished);
  finished.current = onFinished;
  const url = `/api/assignments/${assignmentId}/regrade`;

  useEffect(() => {
    if (job?.state !== 'running' && job?.state !== 'queued') return;
    const timer = setTimeout(async () => {
      try {
        const next = (await sendJson<{ job: RegradeJob }>(url, 'GET')).job;
        setJob(next);
        if (next.state === 'done' || next.state === 'failed') finished.current();
      } catch (failure) {
        setError(`Could not read the regrade's progress: ${errorText(failure)}`);
      }
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [job, url]);

  const start = useCallback(async () => {
    setError('');
    try {
      const started = (await sendJson<{ job: RegradeJob }>(url, 'POST')).job;
      setJob(started);
      if (started.state === 'done' || started.state === 'failed') finished.current();
    } catch (failure) {
      setError(`Could not start the regrade: ${errorText(failure)}`);
    }
  }, [url]);

  return { job, error, start };
}
