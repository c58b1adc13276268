'use client';
// Draws one resume arrow (resume-arrow.ts) over the lanes: a curve from the resolver's settle to
// the waiter's resume, with an arrowhead. Pointer events pass through to the spans below.
import { ROW_HEIGHT_PX } from './geometry.ts';
import type { ResumeArrow } from './resume-arrow.ts';

interface Props {
  arrow: ResumeArrow;
  x(t: number): number;
  rowOf(taskId: number): number;
  rows: number;
  names: ReadonlyMap<number, string>;
}

export function ResumeArrowView({ arrow, x, rowOf, rows, names }: Props) {
  const fromRow = rowOf(arrow.fromTaskId), toRow = rowOf(arrow.toTaskId);
  if (fromRow < 0 || toRow < 0) return null;
  const x1 = x(arrow.fromMs), y1 = fromRow * ROW_HEIGHT_PX + ROW_HEIGHT_PX / 2;
  const x2 = x(arrow.toMs), y2 = toRow * ROW_HEIGHT_PX + ROW_HEIGHT_PX / 2;
  // Bend sideways so an arrow between two instants that coincide is still a visible curve.
  const bend = Math.max(18, Math.abs(x2 - x1) / 2);
  const d = `M ${x1} ${y1} C ${x1 + bend} ${y1}, ${x2 - bend} ${y2}, ${x2} ${y2}`;
  return (
    <svg className="resume-arrow" width="100%" height={rows * ROW_HEIGHT_PX} data-testid="resume-arrow"
      data-from={names.get(arrow.fromTaskId)} data-to={names.get(arrow.toTaskId)} aria-hidden="true">
      <defs>
        <marker id="resume-arrow-head" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M 0 0 L 8 4 L 0 8 z" className="resume-arrow__head" />
        </marker>
      </defs>
      <circle cx={x1} cy={y1} r={3} className="resume-arrow__dot" />
      <path d={d} className="resume-arrow__path" markerEnd="url(#resume-arrow-head)" />
    </svg>
  );
}
