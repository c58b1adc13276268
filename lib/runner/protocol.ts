// The run-result contract shared by the runner, the HTTP API, the CLI and the UI.
// Plain types only: the host builds these from validated trace events, never from raw isolate data.

export const RUN_STATUSES = [
  'ok', 'error', 'compile-error', 'deadlock', 'timeout', 'memory', 'limit', 'crash', 'busy',
] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export type ConsoleStream = 'stdout' | 'stderr';

export interface ConsoleLine {
  /** Virtual time in ms when the line was written. */
  t: number;
  stream: ConsoleStream;
  text: string;
  /** Task that wrote it; null when written outside any task (never in practice). */
  taskId: number | null;
}

export type SpanKind = 'running' | 'waiting' | 'blocking';

export interface Span {
  from: number;
  to: number;
  kind: SpanKind;
  /** For waiting spans, what is awaited: `sleep(3000)`, `task callApi#2`, `Promise.all(3)`. */
  detail: string;
}

export type TaskState = 'pending' | 'fulfilled' | 'rejected' | 'cancelled';

export interface TaskTrace {
  id: number;
  name: string;
  parentId: number | null;
  createdAt: number;
  /** null while still pending when the run ended. */
  settledAt: number | null;
  state: TaskState;
  spans: Span[];
}

export type WarningKind =
  | 'cancelled-at-shutdown'
  | 'unhandled-rejection'
  | 'never-awaited'
  | 'deadlock'
  | 'truncated'
  | 'limit'
  /** The run took one of several orders Node may take (setTimeout 0 vs setImmediate in the main module). */
  | 'order-not-guaranteed';

export interface RunWarning {
  kind: WarningKind;
  message: string;
  taskId?: number;
}

export interface RunError {
  name: string;
  message: string;
  /** 1-based line in the user's TypeScript source; 0 when unknown. */
  line: number;
  /** 1-based column in the user's TypeScript source; 0 when unknown. */
  column: number;
  /** 'harness': line and column are in a classroom test harness, not in the user's program. */
  file?: 'harness';
}

export interface RunStats {
  wallMs: number;
  cpuMs: number;
  /** Trace events recorded: task creations, state changes and settlements (not console lines). */
  events: number;
  /** True when a limit cut the console or the trace short. */
  truncated: boolean;
}

export interface RunResult {
  status: RunStatus;
  virtualMs: number;
  console: ConsoleLine[];
  tasks: TaskTrace[];
  warnings: RunWarning[];
  error?: RunError;
  /**
   * The exit code node would give: process.exit(code)'s code, else 0 for `ok` and 1 for any other
   * status. Absent only in results stored before it existed.
   */
  exitCode?: number;
  stats: RunStats;
  /** Virtual ms at which a classroom test harness began its phase; absent when none ran. */
  harnessFrom?: number;
}
