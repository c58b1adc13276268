'use client';
// The Run action's state: the latest result, whether a run is in flight, and request errors.
// Starting a run aborts the one before, so a slow earlier answer can never overwrite a newer one.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RunResult } from '@/lib/runner/protocol';
import { requestRun } from './run-client';

export interface RunState {
  result: RunResult | null;
  running: boolean;
  requestError: string | null;
  run(code: string): void;
}

export function useRun(): RunState {
  const [result, setResult] = useState<RunResult | null>(null);
  const [running, setRunning] = useState(false);
  const [requestError, setRequestError] = useState<string | null>(null);
  const inFlight = useRef<AbortController | null>(null);

  const run = useCallback((code: string) => {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    setRunning(true);
    setRequestError(null);
    // Lets the page bench time from the answer to the drawn timeline.
    requestRun(code, controller.signal)
      .then((next) => {
        if (controller.signal.aborted) return;
        performance.mark('taskline:result');
        setResult(next);
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setRequestError(error instanceof Error ? error.message : String(error));
      })
      .finally(() => {
        if (inFlight.current === controller) {
          inFlight.current = null;
          setRunning(false);
        }
      });
  }, []);

  useEffect(() => () => inFlight.current?.abort(), []);

  return { result, running, requestError, run };
}
