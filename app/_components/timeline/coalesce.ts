// Keeps the timeline cheap at any trace size: spans narrower than a few pixels are merged with
// their neighbours into one drawn block, so a lane never draws more blocks than it has pixels.
import type { Span, SpanKind } from '@/lib/runner/protocol.ts';

export interface DrawnSpan {
  from: number;
  to: number;
  kind: SpanKind;
  detail: string;
  /** How many trace spans this block stands for (1 unless merged). */
  count: number;
}

/**
 * Merges runs of adjacent spans that are each under minPx wide at msPerPx. A merged block takes the kind
 * and detail of its longest member, which is what the eye would pick out at that zoom.
 */
export function coalesceSpans(spans: readonly Span[], msPerPx: number, minPx = 3): DrawnSpan[] {
  const minMs = minPx * msPerPx;
  const drawn: DrawnSpan[] = [];
  let block: DrawnSpan | null = null;
  let longestMs = -1;

  for (const span of spans) {
    const lengthMs = span.to - span.from;
    const narrow = lengthMs < minMs;
    const touches = block !== null && span.from - block.to < minMs;
    // Only narrow meets narrow: a wide span stays exact, and 0 ms running ticks beside it stay visible.
    if (block && touches && narrow && block.to - block.from < minMs) {
      block.to = Math.max(block.to, span.to);
      block.count += 1;
      if (lengthMs > longestMs) {
        longestMs = lengthMs;
        block.kind = span.kind;
        block.detail = span.detail;
      }
      continue;
    }
    if (block) drawn.push(block);
    block = { from: span.from, to: span.to, kind: span.kind, detail: span.detail, count: 1 };
    longestMs = lengthMs;
  }
  if (block) drawn.push(block);
  return drawn;
}

/** Index range [start, end) of rows visible in a scrolled viewport, with overscan rows either side. */
export function visibleRows(scrollTop: number, viewportPx: number, rowPx: number, rowCount: number, overscan = 4) {
  const start = Math.max(0, Math.floor(scrollTop / rowPx) - overscan);
  const end = Math.min(rowCount, Math.ceil((scrollTop + viewportPx) / rowPx) + overscan);
  return { start, end: Math.max(start, end) };
}
