'use client';
// Insights below the timeline: what the trace teaches, in plain words, each with a link to its line
// in the editor and to its moment on the timeline. The computation lives in lib/insights (pure).
import { useMemo } from 'react';
import type { RunResult } from '@/lib/runner/protocol.ts';
import { computeInsights } from '@/lib/insights/index.ts';
import { revealLine } from '../editor/reveal-line.ts';
import { virtualTime } from '../../_lib/format.ts';

interface Props {
  result: RunResult | null;
  /** The code that produced `result`: lines are looked up in it, never in later edits. */
  code: string | null;
  onPlayhead(ms: number): void;
}

export function InsightsPanel({ result, code, onPlayhead }: Props) {
  const insights = useMemo(() => (result ? computeInsights(result, code) : []), [result, code]);
  if (insights.length === 0) return null;
  return (
    <section className="insights" data-testid="insights" aria-label="Insights">
      <h2 className="pane-title">Insights</h2>
      <ul className="insights__list">
        {insights.map((insight, i) => (
          <li key={i} className={`insight insight--${insight.kind}`} data-testid="insight" data-kind={insight.kind}>
            <p className="insight__text">{insight.text}</p>
            <p className="insight__links">
              {insight.line !== null && (
                <button type="button" className="link-button" data-testid="insight-line" onClick={() => revealLine(insight.line!)}>
                  Show line {insight.line}
                </button>
              )}
              <button type="button" className="link-button" data-testid="insight-time" onClick={() => onPlayhead(insight.fromMs)}>
                Go to {virtualTime(insight.fromMs)}
              </button>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
