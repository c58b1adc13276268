'use client';
// One task's lane: its name (indented under its parent), its lifetime, its spans and its console
// lines as markers. Spans narrower than a few pixels are merged so a lane stays cheap to draw.
import { memo, useMemo } from 'react';
import type { ConsoleLine } from '@/lib/runner/protocol';
import type { Lane } from './lanes';
import { coalesceSpans, type DrawnSpan } from './coalesce';
import { activityAt } from './playhead';
import { activityLabel } from './describe-activity';
import { ROW_HEIGHT_PX } from './geometry';

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
  onHover(hover: SpanHover | null): void;
}

const LABEL_MIN_PX = 64;

function TimelineLaneView({ lane, row, msPerPx, endMs, playheadMs, selected, lines, onHover }: Props) {
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

  return (
    <div
      className="lane"
      data-testid="timeline-lane"
      data-task-name={task.name}
      data-task-id={task.id}
      data-selected={selected || undefined}
      style={{ top: row * ROW_HEIGHT_PX }}
    >
      <div className="lane__label" style={{ paddingLeft: 10 + depth * 14 }} title={`${task.name} #${task.id} — ${task.state}`}>
        <span className={`lane__state lane__state--${task.state}`} aria-hidden="true" />
        <span className="lane__name">{task.name}</span>
        <span className="lane__id">#{task.id}</span>
        <span className="lane__now">{now}</span>
      </div>
      <div className="lane__track">
        <div
          className="lane__life"
          style={{ left: task.createdAt / msPerPx, width: Math.max(1, (lifeEnd - task.createdAt) / msPerPx) }}
        />
        {drawn.map((span, i) => {
          const width = (span.to - span.from) / msPerPx;
          const label = span.kind === 'waiting' ? span.detail : span.kind === 'blocking' ? 'blockFor' : '';
          return (
            <div
              key={i}
              className={`span span--${span.kind}`}
              data-testid="timeline-span"
              data-kind={span.kind}
              style={{ left: span.from / msPerPx, width: Math.max(2, width) }}
              onPointerEnter={(event) => onHover({ lane, span, x: event.clientX, y: event.clientY })}
              onPointerLeave={() => onHover(null)}
            >
              {width >= LABEL_MIN_PX && label ? <span className="span__label">{label}</span> : null}
            </div>
          );
        })}
        {markers.map(([px, line]) => (
          <div key={px} className={`marker marker--${line.stream}`} style={{ left: px }} title={line.text} />
        ))}
      </div>
    </div>
  );
}

export const TimelineLane = memo(TimelineLaneView);
