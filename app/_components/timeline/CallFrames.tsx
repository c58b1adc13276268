'use client';
// Coroutines awaited directly, drawn as nested frames inside their caller's lane: in asyncio a
// directly awaited coroutine runs inside the caller's task, so it gets a frame, not a lane.
import type { Frame } from './lanes.ts';
import { spanText, type TaskNames } from './words.ts';

/** Height of one nesting level's frame strip, in px (the lane is ROW_HEIGHT_PX tall). */
const FRAME_STRIP_PX = 12;
/** Deepest nesting drawn; deeper calls share the last strip. */
const MAX_FRAME_LEVELS = 2;
const FRAME_LABEL_MIN_PX = 56;

export function CallFrames({ frames, names, msPerPx }: { frames: readonly Frame[]; names: TaskNames; msPerPx: number }) {
  return (
    <>
      {frames.map(({ task, level }) => {
        const end = task.settledAt ?? task.spans.at(-1)?.to ?? task.createdAt;
        const width = Math.max(2, (end - task.createdAt) / msPerPx);
        const wait = task.spans.find((span) => span.kind !== 'running');
        const label = `${names.get(task.id) ?? task.name}()${wait ? ` · ${spanText(wait.detail)}` : ''}`;
        return (
          <div
            key={task.id}
            className="call-frame"
            data-testid="call-frame"
            data-task-label={names.get(task.id) ?? task.name}
            title={`${label} — a call awaited directly: it runs inside this task`}
            style={{ left: task.createdAt / msPerPx, width, bottom: 1 + (Math.min(level, MAX_FRAME_LEVELS) - 1) * FRAME_STRIP_PX, height: FRAME_STRIP_PX }}
          >
            {width >= FRAME_LABEL_MIN_PX ? <span className="call-frame__label">{label}</span> : null}
          </div>
        );
      })}
    </>
  );
}
