'use client';
// The detail card for a hovered span: task, what it was doing or awaiting, and when.
import type { SpanHover } from './TimelineLane.tsx';
import { duration, virtualTime } from '../../_lib/format.ts';
import { spanText, type TaskNames } from './words.ts';

const KIND_TEXT = { running: 'Running', waiting: 'Waiting', blocking: 'Blocking the event loop' } as const;

export function SpanTooltip({ hover, names, frame }: { hover: SpanHover; names: TaskNames; frame: DOMRect | undefined }) {
  const { span, lane } = hover;
  const left = frame ? Math.min(hover.x - frame.left + 12, frame.width - 260) : 0;
  const top = frame ? hover.y - frame.top + 16 : 0;
  return (
    <div className="tooltip" role="tooltip" style={{ left: Math.max(4, left), top }}>
      <div className="tooltip__title">{names.get(lane.task.id) ?? lane.task.name}</div>
      <div>
        <span className={`tooltip__kind tooltip__kind--${span.kind}`}>{KIND_TEXT[span.kind]}</span>
        {span.detail && span.kind === 'waiting' ? <> for <code>{spanText(span.detail)}</code></> : null}
      </div>
      <div className="tooltip__muted">
        {virtualTime(span.from)} → {virtualTime(span.to)} ({duration(span.to - span.from)})
        {span.count > 1 ? ` · ${span.count} spans merged at this zoom` : ''}
      </div>
    </div>
  );
}
