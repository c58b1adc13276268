// Fixed sizes of the timeline's drawing, shared by the components and the scroll windowing.
export const LABEL_WIDTH_PX = 196;
export const ROW_HEIGHT_PX = 30;
/** Where the drawing area starts (after the labels) and how much room it leaves on the right. */
export const TRACK_LEFT_PX = 208;
export const TRACK_RIGHT_PX = 28;
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
