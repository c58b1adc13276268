// Builds a RunResult from validated trace chunks plus the host's account of how the run ended.
// It keeps whatever was recorded before a failure, so every status still carries its trace, and
// holds the result to MAX_RESULT_BYTES of JSON (names, details and warnings clipped; trace cut).
import type { ConsoleLine, RunError, RunResult, RunStatus, RunWarning, SpanKind, TaskTrace } from './protocol.ts';
import type { ValidTraceEvent } from './trace-schema.ts';
import { parseTraceChunk } from './trace-validate.ts';
import {
  MAX_CONSOLE_BYTES, MAX_RESULT_BYTES, MAX_SPAN_DETAIL_CHARS, MAX_TASK_NAME_CHARS, MAX_TRACE_EVENTS, MAX_WARNING_CHARS, MAX_WARNINGS,
} from './limits.ts';
import { clip, noteResultBytes, textBytes } from './result-size.ts';

/**
 * JSON bytes of one item's keys and punctuation (its longest enum value and a comma included);
 * its numbers and texts are counted exactly. Task state is counted as its longest, "fulfilled".
 */
const TASK_JSON_BYTES = 74 + 11, SPAN_JSON_BYTES = 44, LINE_JSON_BYTES = 43, WARNING_JSON_BYTES = 54 + 23;
/** The result's own keys, status and stats; an error's keys and position. */
const ENVELOPE_JSON_BYTES = 300, ERROR_JSON_BYTES = 80;
/** Bytes kept free for what finish() adds: the envelope, an error (≤ 11,000 chars escaped) and closing warnings. */
const FINISH_RESERVE_BYTES = 80 * 1024;
/** JSON bytes of the result set aside for console lines, so a cut trace never costs the output. */
const CONSOLE_JSON_BYTES = 1280 * 1024;
/** JSON length of a number or null. */
const numBytes = (n: number | null) => (n === null ? 4 : String(n).length);

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
  /** JSON bytes of the trace (tasks, spans, warnings) and of the console kept so far. */
  private bytes = 0;
  private consoleJsonBytes = 0;
  private cutAtResultLimit = false;
  private warningsDropped = 0;
  private readonly maxBytes: number;

  /** `maxResultBytes`: tests of the other limits lift this one out of their way. */
  constructor(maxResultBytes = MAX_RESULT_BYTES) {
    this.maxBytes = maxResultBytes;
  }

  /** Takes `cost` bytes of the trace's budget; false (and the trace marked cut) when they do not fit. */
  private spend(cost: number): boolean {
    if (this.bytes + cost > this.maxBytes - FINISH_RESERVE_BYTES - CONSOLE_JSON_BYTES) {
      this.truncated = true;
      this.cutAtResultLimit = true;
      return false;
    }
    this.bytes += cost;
    return true;
  }

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
        const [, id, rawName, parentId, t] = event;
        const name = clip(rawName, MAX_TASK_NAME_CHARS);
        const known = this.tasks.get(id);
        // A second `task` event for a known id renames it (createTask(call(), { name })).
        if (known) {
          if (this.spend(textBytes(name) - textBytes(known.name))) known.name = name;
        } else if (this.spend(TASK_JSON_BYTES + textBytes(name) + numBytes(id) + numBytes(parentId) + numBytes(t) + numBytes(null))) {
          this.tasks.set(id, { id, name, parentId, createdAt: t, settledAt: null, state: 'pending', spans: [] });
        }
        this.seeTime(t);
        break;
      }
      case 'state': {
        const [, id, t, kind, detail] = event;
        this.closeSpan(id, t);
        if (this.tasks.has(id)) this.open.set(id, { from: t, kind, detail: clip(detail, MAX_SPAN_DETAIL_CHARS) });
        this.seeTime(t);
        break;
      }
      case 'settle': {
        const [, id, t, state] = event;
        this.closeSpan(id, t);
        const task = this.tasks.get(id);
        if (task && this.spend(Math.max(0, numBytes(t) - numBytes(task.settledAt)))) Object.assign(task, { state, settledAt: t });
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
        const text = clip(message, MAX_WARNING_CHARS);
        if (this.warnings.length >= MAX_WARNINGS || !this.spend(WARNING_JSON_BYTES + textBytes(text) + numBytes(taskId))) this.warningsDropped++;
        else this.warnings.push(taskId === null ? { kind, message: text } : { kind, message: text, taskId });
        break;
      }
    }
  }

  private addLine(line: ConsoleLine): void {
    const bytes = Buffer.byteLength(line.text) + 1;
    const json = LINE_JSON_BYTES + textBytes(line.text) + numBytes(line.t) + numBytes(line.taskId);
    if (this.consoleBytes + bytes > MAX_CONSOLE_BYTES || this.consoleJsonBytes + json > CONSOLE_JSON_BYTES) {
      this.truncated = true;
      return;
    }
    this.consoleJsonBytes += json;
    this.consoleBytes += bytes;
    this.lines.push(line);
  }

  private closeSpan(id: number, t: number): void {
    const span = this.open.get(id);
    const task = this.tasks.get(id);
    if (!span || !task) return;
    this.open.delete(id);
    const to = Math.max(span.from, t);
    if (!this.spend(SPAN_JSON_BYTES + textBytes(span.detail) + numBytes(span.from) + numBytes(to))) return;
    task.spans.push({ from: span.from, to, kind: span.kind, detail: span.detail });
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
    const warnings = [...this.warnings];
    if (this.cutAtResultLimit) {
      warnings.push({ kind: 'truncated', message: `The trace was cut: the result reached its limit of ${Math.round(this.maxBytes / 1024)} KiB` });
    }
    if (this.warningsDropped > 0) warnings.push({ kind: 'truncated', message: `${this.warningsDropped} more warning(s) were not kept` });
    const result: RunResult = {
      status,
      virtualMs,
      console: this.lines,
      tasks: [...this.tasks.values()],
      warnings,
      ...(error ? { error } : {}),
      exitCode: exited ?? (status === 'ok' ? 0 : 1),
      stats: { wallMs: host.wallMs, cpuMs: host.cpuMs, events: this.events, truncated: this.truncated || this.warningsDropped > 0 },
      ...(this.harnessFrom === undefined ? {} : { harnessFrom: this.harnessFrom }),
    };
    const added = warnings.slice(this.warnings.length).reduce((n, w) => n + WARNING_JSON_BYTES + textBytes(w.message) + 4, 0);
    const errorBytes = error ? ERROR_JSON_BYTES + textBytes(error.name) + textBytes(error.message) : 0;
    noteResultBytes(result, this.bytes + this.consoleJsonBytes + ENVELOPE_JSON_BYTES + errorBytes + added);
    return result;
  }

  private schedulerError(host: HostEnding): RunError | undefined {
    const thrown = this.end?.[3];
    if (!thrown) return undefined;
    const file = host.errorAt?.file;
    return { name: thrown.name, message: thrown.message, line: host.errorAt?.line ?? 0, column: host.errorAt?.column ?? 0, ...(file ? { file } : {}) };
  }
}
