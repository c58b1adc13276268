'use client';
// The Run action's state: the latest result with the exact code that produced it, the run before
// it (for "compare with the previous run"), whether a run is in flight, Stop, and request errors.
// Starting a run aborts the one before, so a slow earlier answer can never overwrite a newer one.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RunResult } from '@/lib/runner/protocol.ts';
import { requestRun } from './run-client.ts';

/** A finished run together with the code it ran: a result never travels without its code. */
export interface CodeRun {
  code: string;
  result: RunResult;
}

export interface RunState {
  result: RunResult | null;
  /** The code that produced `result` (null while there is none). */
  ranCode: string | null;
  /** The run shown before the current one, kept for comparison. */
  previous: CodeRun | null;
  running: boolean;
  requestError: string | null;
  run(code: string): void;
  /** Abandons the run in flight; the page keeps showing what it showed before. */
  stop(): void;
  /** Forgets the shown result (a new example is a new program); the previous run goes too. */
  clear(): void;
}

export function useRun(): RunState {
  const [current, setCurrent] = useState<CodeRun | null>(null);
  const [previous, setPrevious] = useState<CodeRun | null>(null);
  const [running, setRunning] = useState(false);
  const [requestError, setRequestError] = useState<string | null>(null);
  const inFlight = useRef<AbortController | null>(null);
  const currentRef = useRef<CodeRun | null>(null);

  const show = useCallback((next: CodeRun | null, before: CodeRun | null) => {
    currentRef.current = next;
    setCurrent(next);
    setPrevious(before);
  }, []);

  const run = useCallback((code: string) => {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    setRunning(true);
    setRequestError(null);
    requestRun(code, controller.signal)
      .then((result) => {
        if (controller.signal.aborted) return;
        // Lets the page bench time from the answer to the drawn timeline.
        performance.mark('taskline:result');
        show({ code, result }, currentRef.current);
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
  }, [show]);

  const stop = useCallback(() => {
    inFlight.current?.abort();
    inFlight.current = null;
    setRunning(false);
  }, []);

  const clear = useCallback(() => {
    stop();
    setRequestError(null);
    show(null, null);
  }, [stop, show]);

  useEffect(() => () => inFlight.current?.abort(), []);

  return {
    result: current?.result ?? null, ranCode: current?.code ?? null, previous,
    running, requestError, run, stop, clear,
  };
}
