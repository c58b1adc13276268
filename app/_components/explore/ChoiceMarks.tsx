'use client';
// Choice points drawn on the lanes: at each point a diamond on every task that could have run
// next; the one this ordering ran first is filled and numbered.
import type { ChoicePoint } from '@/lib/runner/protocol.ts';
import type { LanePlacement } from '../timeline/TimelineChart.tsx';
import { ROW_HEIGHT_PX } from '../timeline/geometry.ts';

export function ChoiceMarks({ choices, at }: { choices: readonly ChoicePoint[]; at: LanePlacement }) {
  return (
    <>
      {choices.flatMap((point, i) => [...new Set(point.tasks)].map((taskId) => {
        const row = at.rowOf(taskId);
        if (row < 0) return null;
        const chosen = point.tasks[point.taken] === taskId;
        return (
          <span
            key={`${i}:${taskId}`}
            className="choice-mark"
            data-testid="choice-mark"
            data-chosen={chosen || undefined}
            data-deviates={(chosen && point.taken !== 0) || undefined}
            style={{ left: at.x(point.t), top: row * ROW_HEIGHT_PX + ROW_HEIGHT_PX / 2 }}
            title={`choice ${i + 1}: ${chosen ? 'ran first here' : 'could have run first here'}`}
          >
            {chosen ? <span className="choice-mark__n">{i + 1}</span> : null}
          </span>
        );
      }))}
    </>
  );
}
