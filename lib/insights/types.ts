// The shapes insights work on and produce. Pure data: the trace shapes come from the runner's
// protocol (type-only), so this module runs anywhere (browser, server, grading) with no app imports.
import type { RunResult, TaskTrace, Span } from '../runner/protocol.ts';

export type { RunResult, TaskTrace, Span };

export type InsightKind =
  | 'sequential-awaits'
  | 'cancelled-never-awaited'
  | 'missing-await'
  | 'block-for'
  | 'for-each-async'
  | 'task-exception'
  | 'cpu-limit';

export interface Insight {
  kind: InsightKind;
  /** One plain sentence a learner reads first. */
  text: string;
  /** 1-based line in the user's code the insight is about; null when the trace can't place it. */
  line: number | null;
  /** Further lines involved (e.g. each sequential await), for editor marks. */
  lines: number[];
  /** Tasks involved, by id, so the timeline can highlight their lanes. */
  taskIds: number[];
  /** The stretch of virtual time it is about, so a click moves the playhead there. */
  fromMs: number;
  toMs: number;
  /** For sequential awaits: virtual ms saved by running the calls concurrently. */
  savingMs?: number;
}

/** A place in the editor worth a squiggle: a warning located in the code. */
export interface CodeMark {
  line: number;
  message: string;
  severity: 'warning' | 'info';
}
