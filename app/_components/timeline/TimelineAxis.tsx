'use client';
// The time axis above the lanes, with readable ticks (ms or s as the run's length suits).
import { memo } from 'react';
import { axisTicks } from './axis.ts';

function TimelineAxisView({ endMs, trackWidth, msPerPx }: { endMs: number; trackWidth: number; msPerPx: number }) {
  const ticks = axisTicks(endMs, trackWidth);
  return (
    <div className="axis" aria-hidden="true">
      {ticks.map((tick) => (
        <span key={tick.t} className="axis__tick" style={{ left: tick.t / msPerPx }}>
          {tick.label}
        </span>
      ))}
    </div>
  );
}

export const TimelineAxis = memo(TimelineAxisView);
