'use client';
// One task's lane: its name (indented under its parent), its lifetime, its spans and its console
// lines as markers. Spans narrower than a few pixels are merged so a lane stays cheap to draw.
import { memo, useMemo } from 'react';
import type { ConsoleLine } from '@/lib/runner/protocol.ts';
import type { Lane } from './lanes.ts';
import { coalesceSpans, type DrawnSpan } from './coalesce.ts';
import { activityAt } from './playhead.ts';
import { activityLabel } from './describe-activity.ts';
import { ROW_HEIGHT_PX } from './geometry.ts';
import { spanText, type TaskNames } from './words.ts';
import type { ReadyStretch } from '@/lib/insights/index.ts';
import { CallFrames } from './CallFrames.tsx';

export interface SpanHover {
  lane: Lane;
  span: DrawnSpan;
  x: number;
  y: number;
}

interface Props {
  lane: Lane;
  row: number;
  msPerPx: number;
  endMs: number;
  playheadMs: number;
  selected: boolean;
  lines: readonly ConsoleLine[];
  names: TaskNames;
  /** Stretches where this task was woken but not yet running (drawn distinctly from waiting). */
  ready: readonly ReadyStretch[];
  onHover(hover: SpanHover | null): void;
}

const LABEL_MIN_PX = 64;
/** Narrowest a running span is drawn, in px: a 0 ms step must still be seen. */
export const RUNNING_MIN_PX = 4;
/** Narrowest any other span is drawn, in px. */
const SPAN_MIN_PX = 2;

function TimelineLaneView({ lane, row, msPerPx, endMs, playheadMs, selected, lines, names, ready, onHover }: Props) {
  const { task, depth } = lane;
  const drawn = useMemo(() => coalesceSpans(task.spans, msPerPx), [task.spans, msPerPx]);
  // One marker per pixel column is all the eye can tell apart.
  const markers = useMemo(() => {
    const seen = new Map<number, ConsoleLine>();
    for (const line of lines) {
      const px = Math.round(line.t / msPerPx);
      if (!seen.has(px) || line.stream === 'stderr') seen.set(px, line);
    }
    return [...seen.entries()];
  }, [lines, msPerPx]);
  const now = activityLabel(activityAt(task, playheadMs));
  const lifeEnd = task.settledAt ?? endMs;
  const name = names.get(task.id) ?? task.name;

  return (
    <div
      className="lane"
      data-testid="timeline-lane"
      data-task-name={task.name}
      data-task-label={name}
      data-task-id={task.id}
      data-frames={lane.frames.length || undefined}
      data-selected={selected || undefined}
      style={{ top: row * ROW_HEIGHT_PX }}
    >
      <div className="lane__label" style={{ paddingLeft: `calc(10px + ${depth} * var(--lane-indent, 14px))` }} title={`${name} — ${task.state} — now ${now}`}>
        <span className={`lane__state lane__state--${task.state}`} aria-hidden="true" />
        <span className="lane__name">{name}</span>
        <span className="lane__now">{now}</span>
      </div>
      <div className="lane__track">
        <div
          className="lane__life"
          style={{ left: task.createdAt / msPerPx, width: Math.max(1, (lifeEnd - task.createdAt) / msPerPx) }}
        />
        {drawn.map((span, i) => {
          const width = (span.to - span.from) / msPerPx;
          const label = span.kind === 'running' ? '' : spanText(span.detail) || (span.kind === 'blocking' ? 'blockFor' : '');
          return (
            <div
              key={i}
              className={`span span--${span.kind}`}
              data-testid="timeline-span"
              data-kind={span.kind}
              style={{ left: span.from / msPerPx, width: Math.max(span.kind === 'running' ? RUNNING_MIN_PX : SPAN_MIN_PX, width) }}
              onPointerEnter={(event) => onHover({ lane, span, x: event.clientX, y: event.clientY })}
              onPointerLeave={() => onHover(null)}
            >
              {width >= LABEL_MIN_PX && label ? <span className="span__label">{label}</span> : null}
            </div>
          );
        })}
        {ready.map((stretch, i) => (
          <div key={`r${i}`} className="span span--ready" data-testid="timeline-ready" title={`woken at ${stretch.from / 1000} s, waiting for the loop until ${stretch.to / 1000} s`}
            style={{ left: stretch.from / msPerPx, width: Math.max(SPAN_MIN_PX, (stretch.to - stretch.from) / msPerPx) }} />
        ))}
        {lane.frames.length > 0 && <CallFrames frames={lane.frames} names={names} msPerPx={msPerPx} />}
        {markers.map(([px, line]) => (
          <div key={px} className={`marker marker--${line.stream}`} style={{ left: px }} title={line.text} />
        ))}
      </div>
    </div>
  );
}

export const TimelineLane = memo(TimelineLaneView);
