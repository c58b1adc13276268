'use client';
// The Explore action's state: the report for the code it explored, which outcomes are open (one,
// or two side by side), and each open outcome's replayed run, fetched once per schedule.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RunResult } from '@/lib/runner/protocol.ts';
import type { ExploreReport } from '@/lib/runner/explore/report.ts';
import { requestExplore, requestReplay } from './explore-client.ts';

export type Replay = RunResult | Error | 'loading';

export interface ExploreState {
  report: ExploreReport | null;
  /** The code the report belongs to (a result on screen always belongs to the code beside it). */
  exploredCode: string | null;
  exploring: boolean;
  error: string | null;
  /** Whether the panel is open (exploring, a report, or an error to show). */
  active: boolean;
  /** Indices of the open outcomes: the first, and optionally a second to compare. */
  open: number[];
  /** Each open outcome's replay by schedule: 'loading', the run, or why it failed. */
  replays: ReadonlyMap<string, Replay>;
  /** Latency jitter of the next exploration (docs/explore.md), 0 for exact ties only. */
  jitter: number;
  explore(code: string, jitter?: number): void;
  show(index: number): void;
  toggleCompare(index: number): void;
  close(): void;
}

export function useExplore(): ExploreState {
  const [report, setReport] = useState<ExploreReport | null>(null);
  const [exploredCode, setExploredCode] = useState<string | null>(null);
  const [exploring, setExploring] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<number[]>([]);
  const [replays, setReplays] = useState<ReadonlyMap<string, Replay>>(new Map());
  const [jitter, setJitter] = useState(0);
  const jitterRef = useRef(0);
  const inFlight = useRef<AbortController | null>(null);

  const explore = useCallback((code: string, nextJitter?: number) => {
    if (nextJitter !== undefined) { jitterRef.current = nextJitter; setJitter(nextJitter); }
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    setExploring(true);
    setError(null);
    requestExplore(code, jitterRef.current, controller.signal)
      .then((next) => {
        if (controller.signal.aborted) return;
        setReport(next);
        setExploredCode(code);
        setReplays(new Map());
        setOpen(next.outcomes.length > 0 ? [0] : []);
      })
      .catch((e: unknown) => { if (!controller.signal.aborted) setError(e instanceof Error ? e.message : String(e)); })
      .finally(() => {
        if (inFlight.current === controller) {
          inFlight.current = null;
          setExploring(false);
        }
      });
  }, []);

  // Replays each open outcome once (a schedule's run never changes for the same code).
  useEffect(() => {
    if (!report || exploredCode === null) return;
    for (const index of open) {
      const schedule = report.outcomes[index]?.schedule;
      if (schedule === undefined || replays.has(schedule)) continue;
      setReplays((m) => new Map(m).set(schedule, 'loading'));
      requestReplay(exploredCode, schedule)
        .then((run) => setReplays((m) => new Map(m).set(schedule, run)))
        .catch((e: unknown) => setReplays((m) => new Map(m).set(schedule, e instanceof Error ? e : new Error(String(e)))));
    }
  }, [open, report, exploredCode, replays]);

  useEffect(() => () => inFlight.current?.abort(), []);

  return {
    report, exploredCode, exploring, error, open, replays, explore, jitter, active: exploring || report !== null || error !== null,
    show: useCallback((index: number) => setOpen((o) => [index, ...o.slice(1).filter((i) => i !== index)]), []),
    toggleCompare: useCallback((index: number) => setOpen((o) => (o[1] === index ? o.slice(0, 1) : [o[0] ?? index, index].filter((v, k, a) => a.indexOf(v) === k))), []),
    close: useCallback(() => { inFlight.current?.abort(); setReport(null); setOpen([]); setError(null); }, []),
  };
}
