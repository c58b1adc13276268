'use client';
// The playhead's handle on the axis: a slider that arrow keys step event by event. Up/Down pick
// the task whose activity the readout describes.
import type { KeyboardEvent } from 'react';
import { stepTime } from './playhead.ts';
import { virtualTime } from '../../_lib/format.ts';

interface Props {
  playheadMs: number;
  endMs: number;
  msPerPx: number;
  times: readonly number[];
  readout: string;
  onPlayhead(t: number): void;
  onSelectLane(delta: number): void;
}

export function PlayheadSlider({ playheadMs, endMs, msPerPx, times, readout, onPlayhead, onSelectLane }: Props) {
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, () => void> = {
      ArrowRight: () => onPlayhead(stepTime(times, playheadMs, 1)),
      ArrowLeft: () => onPlayhead(stepTime(times, playheadMs, -1)),
      Home: () => onPlayhead(0),
      End: () => onPlayhead(endMs),
      ArrowDown: () => onSelectLane(1),
      ArrowUp: () => onSelectLane(-1),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  };

  return (
    <div
      className="playhead-handle"
      role="slider"
      tabIndex={0}
      aria-label="Playhead"
      aria-valuemin={0}
      aria-valuemax={endMs}
      aria-valuenow={playheadMs}
      aria-valuetext={`${virtualTime(playheadMs)}: ${readout}`}
      aria-keyshortcuts="ArrowLeft ArrowRight ArrowUp ArrowDown Home End"
      data-testid="playhead"
      style={{ left: playheadMs / msPerPx }}
      // Near either end the label hangs inward instead of spilling past the axis.
      data-edge={playheadMs < endMs * 0.08 ? 'start' : playheadMs > endMs * 0.92 ? 'end' : undefined}
      onKeyDown={onKeyDown}
    >
      <span className="playhead-handle__time">{virtualTime(playheadMs)}</span>
    </div>
  );
}
