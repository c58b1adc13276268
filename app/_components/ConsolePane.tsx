'use client';
// The program's console: each line with its virtual time, stream and task. Lines after the
// playhead are dimmed, so the pane shows the console as it stood at that instant.
import { taskNames } from './timeline/words.ts';
import { useEffect, useMemo, useRef } from 'react';
import type { RunResult } from '@/lib/runner/protocol.ts';
import { consoleTime } from '../_lib/format.ts';
import { linesUpTo } from './timeline/playhead.ts';

export function ConsolePane({ result, playheadMs }: { result: RunResult | null; playheadMs: number }) {
  const list = useRef<HTMLOListElement>(null);
  // The same name the timeline uses (callApi#2), so a line can be matched to its lane.
  const names = useMemo(() => taskNames(result?.tasks ?? []), [result]);
  const shown = result ? linesUpTo(result.console, playheadMs) : 0;
  const truncated = !!result && (result.stats.truncated || result.warnings.some((w) => w.kind === 'truncated'));

  // Keep the newest line at the playhead in view as the playhead moves, scrolling the list only:
  // scrollIntoView would also scroll the page (an embed would open scrolled to its console).
  useEffect(() => {
    const box = list.current;
    const line = box?.children[Math.max(0, shown - 1)] as HTMLElement | undefined;
    if (!box || !line) return;
    const top = line.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
    if (top < box.scrollTop) box.scrollTop = top;
    else if (top + line.offsetHeight > box.scrollTop + box.clientHeight) box.scrollTop = top + line.offsetHeight - box.clientHeight;
  }, [shown]);

  return (
    <section className="console" aria-label="Console output" data-testid="console-output">
      <h2 className="pane-title">Console</h2>
      {!result || result.console.length === 0 ? (
        <p className="console__empty">{result ? 'The program printed nothing.' : 'Output appears here.'}</p>
      ) : (
        <ol className="console__lines" ref={list}>
          {result.console.map((line, i) => (
            <li
              key={i}
              data-testid="console-line"
              className={`console__line console__line--${line.stream}`}
              data-future={i >= shown || undefined}
            >
              <span className="console__time">{consoleTime(line.t)}</span>
              <span className="console__task">{line.taskId === null ? '' : names.get(line.taskId) ?? `#${line.taskId}`}</span>
              <span className="console__text">
                {line.stream === 'stderr' && <span className="visually-hidden">stderr: </span>}
                {line.text}
              </span>
            </li>
          ))}
        </ol>
      )}
      {truncated && (
        <p className="console__truncated" data-testid="console-truncated">… output truncated: a limit cut the console or trace short</p>
      )}
    </section>
  );
}
