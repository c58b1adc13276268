// Fixed sizes of the timeline's drawing, shared by the components and the scroll windowing.
export const ROW_HEIGHT_PX = 30;
/** Room left of the track's end so the last tick label and the playhead fit. */
export const TRACK_RIGHT_PX = 28;
/** Below this frame width the labels shrink and drop their activity chip (phones). */
export const COMPACT_BELOW_PX = 560;

/** Label column width and where the drawing area starts, for a frame this wide. */
export function columnsFor(frameWidth: number): { labelWidth: number; trackLeft: number; compact: boolean } {
  const compact = frameWidth > 0 && frameWidth < COMPACT_BELOW_PX;
  const labelWidth = compact ? 132 : 196;
  return { labelWidth, trackLeft: labelWidth + 12, compact };
}
/** A playhead drag snaps to an event this close, so stepping and dragging agree. */
export const SNAP_PX = 6;

/** The last instant worth drawing: the run's end, or a span that outlived it (truncated runs). */
export function timelineEnd(virtualMs: number, spanEnds: Iterable<number>): number {
  let end = virtualMs;
  for (const t of spanEnds) if (t > end) end = t;
  return Math.max(1, end);
}

/** Snaps t to the nearest event time within snapMs, else returns t. */
export function snapToEvent(times: readonly number[], t: number, snapMs: number): number {
  let best = t;
  let bestDistance = snapMs;
  for (const time of times) {
    const distance = Math.abs(time - t);
    if (distance <= bestDistance) {
      best = time;
      bestDistance = distance;
    }
  }
  return best;
}
