// Builds a RunResult from validated trace chunks plus the host's account of how the run ended.
// It keeps whatever was recorded before a failure, so every status still carries its trace.
import type { ConsoleLine, RunError, RunResult, RunStatus, RunWarning, SpanKind, TaskTrace } from './protocol.ts';
import { parseTraceChunk, type ValidTraceEvent } from './trace-schema.ts';
import { MAX_CONSOLE_BYTES, MAX_TRACE_EVENTS } from './limits.ts';

/** How the run ended, as the host saw it (the scheduler's own verdict arrives as an `end` event). */
export interface HostEnding {
  status: RunStatus | null;
  error?: RunError;
  wallMs: number;
  cpuMs: number;
  /** Position in the user's source of the scheduler-reported error, mapped by the worker. */
  errorAt?: { line: number; column: number; file?: 'harness' };
}

interface OpenSpan { from: number; kind: SpanKind; detail: string }
type EndEvent = Extract<ValidTraceEvent, ['end', ...unknown[]]>;

export class TraceAssembler {
  private readonly tasks = new Map<number, TaskTrace>();
  private readonly open = new Map<number, OpenSpan>();
  private readonly lines: ConsoleLine[] = [];
  private readonly warnings: RunWarning[] = [];
  private consoleBytes = 0;
  private events = 0;
  private truncated = false;
  private lastTime = 0;
  private end: EndEvent | null = null;
  private harnessFrom: number | undefined;
  private invalidChunks = 0;

  /** Adds one chunk of JSON text; an invalid chunk is dropped and counted, never trusted. */
  addChunk(json: string): void {
    const events = parseTraceChunk(json);
    if (!events) {
      this.invalidChunks++;
      return;
    }
    for (const event of events) this.apply(event);
  }

  private apply(event: ValidTraceEvent): void {
    if (event[0] === 'end') {
      this.end = event;
      return;
    }
    if (event[0] === 'harness') {
      this.harnessFrom ??= event[1];
      return;
    }
    // The trace-event limit covers tasks and spans; console lines have their own byte limit.
    if (event[0] === 'task' || event[0] === 'state' || event[0] === 'settle') {
      if (this.events >= MAX_TRACE_EVENTS) {
        this.truncated = true;
        return;
      }
      this.events++;
    }
    switch (event[0]) {
      case 'task': {
        const [, id, name, parentId, t] = event;
        const known = this.tasks.get(id);
        // A second `task` event for a known id renames it (createTask(call(), { name })).
        if (known) known.name = name;
        else this.tasks.set(id, { id, name, parentId, createdAt: t, settledAt: null, state: 'pending', spans: [] });
        this.seeTime(t);
        break;
      }
      case 'state': {
        const [, id, t, kind, detail] = event;
        this.closeSpan(id, t);
        if (this.tasks.has(id)) this.open.set(id, { from: t, kind, detail });
        this.seeTime(t);
        break;
      }
      case 'settle': {
        const [, id, t, state] = event;
        this.closeSpan(id, t);
        const task = this.tasks.get(id);
        if (task) Object.assign(task, { state, settledAt: t });
        this.seeTime(t);
        break;
      }
      case 'log': {
        const [, t, stream, text, taskId] = event;
        this.addLine({ t, stream, text, taskId });
        this.seeTime(t);
        break;
      }
      case 'warn': {
        const [, kind, message, taskId] = event;
        if (kind === 'truncated') this.truncated = true;
        this.warnings.push(taskId === null ? { kind, message } : { kind, message, taskId });
        break;
      }
    }
  }

  private addLine(line: ConsoleLine): void {
    const bytes = Buffer.byteLength(line.text) + 1;
    if (this.consoleBytes + bytes > MAX_CONSOLE_BYTES) {
      this.truncated = true;
      return;
    }
    this.consoleBytes += bytes;
    this.lines.push(line);
  }

  private closeSpan(id: number, t: number): void {
    const span = this.open.get(id);
    const task = this.tasks.get(id);
    if (!span || !task) return;
    this.open.delete(id);
    task.spans.push({ from: span.from, to: Math.max(span.from, t), kind: span.kind, detail: span.detail });
  }

  private seeTime(t: number): void {
    if (t > this.lastTime) this.lastTime = t;
  }

  /** Closes what is still open and decides the status: the host's verdict wins over the scheduler's. */
  finish(host: HostEnding): RunResult {
    const virtualMs = this.end ? this.end[2] : this.lastTime;
    for (const id of [...this.open.keys()]) this.closeSpan(id, virtualMs);
    const exited = this.end?.[4];
    // process.exit() ended the run: what the program did afterwards (spin in a catch, leave a
    // rejection behind) happened after Node would have exited, so the host's verdict yields.
    const hostWins = host.status !== null && !(exited !== undefined && (host.status === 'error' || host.status === 'timeout'));
    let status: RunStatus = (hostWins ? host.status : null) ?? this.end?.[1] ?? 'crash';
    let error = (hostWins ? host.error : undefined) ?? this.schedulerError(host);
    if (status === 'crash' && !error) {
      error = { name: 'SandboxError', message: 'the sandbox ended without reporting a result', line: 0, column: 0 };
    }
    if (this.invalidChunks > 0 && status === 'ok') status = 'crash';
    return {
      status,
      virtualMs,
      console: this.lines,
      tasks: [...this.tasks.values()],
      warnings: this.warnings,
      ...(error ? { error } : {}),
      exitCode: exited ?? (status === 'ok' ? 0 : 1),
      stats: { wallMs: host.wallMs, cpuMs: host.cpuMs, events: this.events, truncated: this.truncated },
      ...(this.harnessFrom === undefined ? {} : { harnessFrom: this.harnessFrom }),
    };
  }

  private schedulerError(host: HostEnding): RunError | undefined {
    const thrown = this.end?.[3];
    if (!thrown) return undefined;
    const file = host.errorAt?.file;
    return { name: thrown.name, message: thrown.message, line: host.errorAt?.line ?? 0, column: host.errorAt?.column ?? 0, ...(file ? { file } : {}) };
  }
}
