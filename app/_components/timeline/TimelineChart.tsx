'use client';
// The execution-flow timeline: one lane per task on a shared time axis, a playhead to scrub or
// step through events, and a table alternative. Only the lanes in view are rendered.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type PointerEvent, type ReactNode } from 'react';
import type { ConsoleLine, RunResult } from '@/lib/runner/protocol.ts';
import { buildLanes } from './lanes.ts';
import { visibleRows } from './coalesce.ts';
import { activityAt, eventTimes } from './playhead.ts';
import { activityLabel } from './describe-activity.ts';
import { ROW_HEIGHT_PX, SNAP_PX, TRACK_RIGHT_PX, columnsFor, snapToEvent, timelineEnd } from './geometry.ts';
import { useElementSize } from './use-element-size.ts';
import { TimelineAxis } from './TimelineAxis.tsx';
import { TimelineLane, type SpanHover } from './TimelineLane.tsx';
import { PlayheadSlider } from './PlayheadSlider.tsx';
import { SpanTooltip } from './SpanTooltip.tsx';
import { TimelineTable } from './TimelineTable.tsx';
import { TimelineLegend } from './TimelineLegend.tsx';
import { virtualTime } from '../../_lib/format.ts';
import { taskNames } from './words.ts';
import { readoutText } from './readout.ts';
import { readyStretches, type ReadyStretch } from '@/lib/insights/index.ts';
import { resumeArrow } from './resume-arrow.ts';
import { ResumeArrowView } from './ResumeArrowView.tsx';

interface Props {
  result: RunResult;
  playheadMs: number;
  onPlayhead(t: number): void;
  /** A time axis end shared with other charts (run comparison), so equal times line up. */
  domainMs?: number;
  /** false drops the readout hint, legend and table: for charts stacked in a comparison. */
  extras?: boolean;
  /** Marks drawn over the lanes (Explore's choice points), placed by time and by task's row. */
  overlay?: (at: LanePlacement) => ReactNode;
}

export interface LanePlacement {
  /** x in the rows' box for virtual time t. */
  x(t: number): number;
  /** The task's row, or -1 when it has no lane. */
  rowOf(taskId: number): number;
}

const NO_LINES: readonly ConsoleLine[] = [];
const NO_READY: readonly ReadyStretch[] = [];
/** Room under the last lane, in px, so the chart ends just below its lanes (no empty area). */
const BODY_END_PAD_PX = 4;
/** Header row height, in px (matches .timeline__header). */
const HEADER_PX = 42;
/** Tallest the chart grows before its lanes scroll: a share of the viewport, in CSS. */
const FRAME_MAX_CSS = 'max(180px, 55vh)';

function groupLinesByTask(lines: readonly ConsoleLine[]): Map<number | null, ConsoleLine[]> {
  const byTask = new Map<number | null, ConsoleLine[]>();
  for (const line of lines) {
    const group = byTask.get(line.taskId);
    if (group) group.push(line); else byTask.set(line.taskId, [line]);
  }
  return byTask;
}

export function TimelineChart({ result, playheadMs, onPlayhead, domainMs = 0, extras = true, overlay }: Props) {
  const lanes = useMemo(() => buildLanes(result.tasks), [result]);
  const names = useMemo(() => taskNames(result.tasks), [result]);
  const readyByTask = useMemo(() => {
    const map = new Map<number, ReadyStretch[]>();
    for (const stretch of readyStretches(result.tasks)) map.set(stretch.taskId, [...(map.get(stretch.taskId) ?? []), stretch]);
    return map;
  }, [result]);
  const times = useMemo(() => eventTimes(result), [result]);
  const endMs = useMemo(() => timelineEnd(Math.max(domainMs, result.virtualMs), result.tasks.flatMap((t) => t.spans.map((s) => s.to))), [result, domainMs]);
  const linesByTask = useMemo(() => groupLinesByTask(result.console), [result]);
  const [bodyRef, size] = useElementSize<HTMLDivElement>();
  const frameRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [selected, setSelected] = useState(0);
  const [hover, setHover] = useState<SpanHover | null>(null);

  const { labelWidth, trackLeft, compact } = columnsFor(size.width);
  const trackWidth = Math.max(80, size.width - trackLeft - TRACK_RIGHT_PX);
  const msPerPx = endMs / trackWidth;
  const rows = visibleRows(scrollTop, size.height || 400, ROW_HEIGHT_PX, lanes.length);
  const selectedLane = lanes[Math.min(selected, lanes.length - 1)];

  // Lets the page bench time from the answer's arrival to the drawn timeline.
  useLayoutEffect(() => {
    requestAnimationFrame(() => {
      performance.mark('taskline:timeline-drawn');
      try {
        performance.measure('taskline:timeline-render', 'taskline:result', 'taskline:timeline-drawn');
      } catch {
        // No result mark (fixtures rendered directly): nothing to measure.
      }
    });
  }, [result]);

  useEffect(() => setSelected(0), [result]);

  const selectLane = useCallback((delta: number) => {
    setSelected((current) => {
      const next = Math.min(lanes.length - 1, Math.max(0, current + delta));
      const body = bodyRef.current;
      if (body) {
        const top = next * ROW_HEIGHT_PX;
        if (top < body.scrollTop) body.scrollTop = top;
        else if (top + ROW_HEIGHT_PX > body.scrollTop + body.clientHeight) body.scrollTop = top + ROW_HEIGHT_PX - body.clientHeight;
      }
      return next;
    });
  }, [lanes.length, bodyRef]);

  const scrub = (event: PointerEvent<HTMLDivElement>) => {
    const box = frameRef.current?.getBoundingClientRect();
    if (!box) return;
    const t = Math.min(endMs, Math.max(0, (event.clientX - box.left - trackLeft) * msPerPx));
    onPlayhead(snapToEvent(times, t, SNAP_PX * msPerPx));
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const box = frameRef.current?.getBoundingClientRect();
    if (!box || event.clientX - box.left < trackLeft || event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    setHover(null);
    scrub(event);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (event.currentTarget.hasPointerCapture(event.pointerId)) scrub(event);
  };

  const activity = selectedLane ? activityAt(selectedLane.task, playheadMs) : null;
  // The slider announces the picked task; the readout under the chart summarises every task.
  const readout = selectedLane && activity
    ? `${names.get(selectedLane.task.id) ?? selectedLane.task.name} is ${activityLabel(activity)}`
      + ('from' in activity ? ` (${virtualTime(activity.from)} → ${virtualTime(activity.to)})` : '')
    : 'no tasks';
  const summary = useMemo(() => readoutText(lanes, names, playheadMs), [lanes, names, playheadMs]);
  // Only the hovered wait gets its arrow: one lookup per hover, however many spans there are.
  const arrow = useMemo(() => (hover ? resumeArrow(hover.lane.task, hover.span, result.tasks, names) : null), [hover, result, names]);
  const placeX = (t: number) => trackLeft + t / msPerPx;
  const rowOf = (id: number) => lanes.findIndex((lane) => lane.task.id === id);

  return (
    <>
      <div
        className="timeline__frame"
        ref={frameRef}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        data-compact={compact || undefined}
        style={{ height: `min(${HEADER_PX + lanes.length * ROW_HEIGHT_PX + BODY_END_PAD_PX}px, ${FRAME_MAX_CSS})`, ['--track-left' as string]: `${trackLeft}px`, ['--track-right' as string]: `${TRACK_RIGHT_PX}px`, ['--label-width' as string]: `${labelWidth}px` }}
      >
        <div className="timeline__header">
          <span className="timeline__corner">Tasks</span>
          <div className="timeline__axis-area">
            <TimelineAxis endMs={endMs} trackWidth={trackWidth} msPerPx={msPerPx} />
            <PlayheadSlider
              playheadMs={playheadMs} endMs={endMs} msPerPx={msPerPx} times={times} readout={readout}
              onPlayhead={onPlayhead} onSelectLane={selectLane}
            />
          </div>
        </div>
        <div className="timeline__body" ref={bodyRef} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
          <div className="timeline__rows" style={{ height: lanes.length * ROW_HEIGHT_PX }} aria-hidden="true">
            {lanes.slice(rows.start, rows.end).map((lane, i) => (
              <TimelineLane
                key={lane.task.id}
                lane={lane}
                row={rows.start + i}
                msPerPx={msPerPx}
                endMs={endMs}
                playheadMs={playheadMs}
                selected={lane === selectedLane}
                lines={linesByTask.get(lane.task.id) ?? NO_LINES}
                names={names}
                ready={readyByTask.get(lane.task.id) ?? NO_READY}
                onHover={setHover}
              />
            ))}
            {overlay?.({ x: placeX, rowOf })}
            {arrow && <ResumeArrowView arrow={arrow} x={placeX} rowOf={rowOf} rows={lanes.length} names={names} />}
            <div className="playhead-line" style={{ left: trackLeft + playheadMs / msPerPx }} />
          </div>
        </div>
        {hover && <SpanTooltip hover={hover} names={names} frame={frameRef.current?.getBoundingClientRect()} />}
      </div>
      <p className="timeline__readout" data-testid="playhead-readout" aria-live="polite">
        <strong>{virtualTime(playheadMs)}</strong> · <span data-testid="playhead-summary">{summary}</span>
        {extras && <span className="timeline__hint"> — drag the playhead or focus it and use ←/→ to step, ↑/↓ to pick a task</span>}
      </p>
      {extras && <TimelineLegend />}
      {extras && <TimelineTable result={result} lanes={lanes} />}
    </>
  );
}
