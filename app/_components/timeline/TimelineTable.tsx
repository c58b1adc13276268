'use client';
// The timeline's text alternative: every task and its spans as a table, for keyboard and
// screen-reader users. Built only when opened, so large traces cost nothing until asked for.
import { useState } from 'react';
import type { RunResult } from '@/lib/runner/protocol.ts';
import type { Lane } from './lanes.ts';
import { duration, virtualTime } from '../../_lib/format.ts';
import { spanText, taskNames } from './words.ts';

const KIND_TEXT = { running: 'running', waiting: 'waiting', blocking: 'blocking the loop' } as const;

export function TimelineTable({ result, lanes }: { result: RunResult; lanes: readonly Lane[] }) {
  const [open, setOpen] = useState(false);
  const spanCount = lanes.reduce((n, lane) => n + lane.task.spans.length, 0);
  const names = taskNames(result.tasks);
  return (
    <details className="timeline-table" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary data-testid="timeline-table-toggle">Timeline as a table ({lanes.length} tasks, {spanCount} spans)</summary>
      {open && (
        <div className="timeline-table__scroll">
          <table data-testid="timeline-table">
            <caption>Tasks and their spans, in the order they appear on the timeline</caption>
            <thead>
              <tr><th scope="col">Task</th><th scope="col">What</th><th scope="col">From</th><th scope="col">To</th><th scope="col">Duration</th></tr>
            </thead>
            {lanes.map(({ task, depth }) => (
              <tbody key={task.id}>
                <tr className="timeline-table__task">
                  <th scope="rowgroup" colSpan={5} style={{ paddingLeft: 8 + depth * 14 }}>
                    {names.get(task.id)}
                    {task.parentId !== null ? `, started by ${names.get(task.parentId) ?? `task #${task.parentId}`}` : ''}
                    {' — '}{task.state}, created {virtualTime(task.createdAt)}
                    {task.settledAt !== null ? `, settled ${virtualTime(task.settledAt)}` : ', never settled'}
                  </th>
                </tr>
                {task.spans.map((span, i) => (
                  <tr key={i}>
                    <td>{names.get(task.id)}</td>
                    <td>{KIND_TEXT[span.kind]}{span.kind === 'waiting' && span.detail ? ` for ${spanText(span.detail)}` : ''}</td>
                    <td>{virtualTime(span.from)}</td>
                    <td>{virtualTime(span.to)}</td>
                    <td>{duration(span.to - span.from)}</td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </div>
      )}
    </details>
  );
}
