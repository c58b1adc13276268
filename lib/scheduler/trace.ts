// The trace recorder: serialises abi.ts TraceEvents by hand (JSON.stringify only ever sees
// primitives, so a program's toJSON tampering can't reach it), buffers them, flushes through the
// host callback every config.flushEvery events and enforces maxEvents / maxConsoleBytes.
import type { EndStatus, StateKind, ThrownError, WarnKind } from './abi.ts';
import { JSONStringify, StringPrototypeCharCodeAt, StringPrototypeSlice } from './intrinsics.ts';
import { S } from './state.ts';

/** Warnings are not counted against maxEvents, but a flood of them is still capped. */
const MAX_WARNINGS = 200;
let emitHost: (chunk: string) => void = () => {};
let buf = '';
let bufCount = 0;
let recorded = 0;
let warnings = 0;
let traceTruncated = false;
let consoleBytes = 0;
let consoleTruncated = false;
/** Console lines flushed to the host at once this step (see evLog). */
let eagerLogs = 0;
const EAGER_LOGS_PER_STEP = 64;

/**
 * Exploring records only what outcome grouping reads (stdout lines and the end event): task,
 * state, settle, warn, harness and stderr events are never built. Console bytes still count both
 * streams, so stdout is cut exactly where a full run cuts it.
 */
let outcomeOnly = false;

export function initTrace(emit: (chunk: string) => void, onlyOutcome = false): void {
  emitHost = emit;
  outcomeOnly = onlyOutcome;
}

const q = (s: string) => JSONStringify(s) as string;

/**
 * Text bounds the host's trace schema enforces (lib/runner/trace-schema.ts). The host drops a
 * whole chunk that breaks one, so an over-long task name, error message or warning would cost the
 * run up to flushEvery events and its 'end' (a 2 MB error message made a run report `crash`).
 * Texts are cut here, at the one place events are serialised, and marked with an ellipsis.
 */
const MAX_NAME_CHARS = 1_000;
const MAX_MESSAGE_CHARS = 10_000;
const MAX_STACK_CHARS = 20_000;
function clip(s: string, max: number): string {
  return s.length <= max ? s : StringPrototypeSlice(s, 0, max - 1) + '…';
}
/** A stack keeps its start and its end: the frames (where the host finds the line) come last. */
function clipStack(s: string): string {
  if (s.length <= MAX_STACK_CHARS) return s;
  const half = MAX_STACK_CHARS / 2;
  return StringPrototypeSlice(s, 0, half - 1) + '…' + StringPrototypeSlice(s, s.length - half);
}
const n = (v: number | null) => (v === null ? 'null' : '' + v);

function push(json: string): void {
  buf = bufCount === 0 ? json : buf + ',' + json;
  bufCount++;
  if (bufCount >= S.config.flushEvery) flushToHost();
}

/** Flushes everything at the end of a step and re-arms the eager console flushes. */
export function endOfStep(): void {
  flushToHost();
  eagerLogs = 0;
}

export function flushToHost(): void {
  if (bufCount === 0) return;
  const chunk = '[' + buf + ']';
  buf = '';
  bufCount = 0;
  emitHost(chunk);
}

/** Events not yet flushed, as JSON array text; clears the buffer. */
export function takeBuffered(): string {
  const out = '[' + buf + ']';
  buf = '';
  bufCount = 0;
  return out;
}

function counted(json: string): void {
  if (S.ended || outcomeOnly) return;
  if (recorded >= S.config.maxEvents) {
    if (!traceTruncated) {
      traceTruncated = true;
      evWarn('truncated', `Trace truncated after ${S.config.maxEvents} events`, null);
    }
    return;
  }
  recorded++;
  push(json);
}

export function evTask(id: number, name: string, parent: number | null, t: number): void {
  if (outcomeOnly) return;
  counted('["task",' + id + ',' + q(clip(name, MAX_NAME_CHARS)) + ',' + n(parent) + ',' + t + ']');
}
export function evState(id: number, t: number, kind: StateKind, detail: string): void {
  if (outcomeOnly) return;
  counted('["state",' + id + ',' + t + ',"' + kind + '",' + q(clip(detail, MAX_NAME_CHARS)) + ']');
}
export function evSettle(id: number, t: number, state: 'fulfilled' | 'rejected' | 'cancelled'): void {
  if (outcomeOnly) return;
  counted('["settle",' + id + ',' + t + ',"' + state + '"]');
}

function utf8Length(s: string): number {
  let bytes = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = StringPrototypeCharCodeAt(s, i);
    if (c >= 0x80) bytes += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
  }
  return bytes;
}

export function evLog(stream: 'stdout' | 'stderr', text: string, taskId: number): void {
  if (S.ended || consoleTruncated) return;
  const room = S.config.maxConsoleBytes - consoleBytes - 1;
  // A UTF-8 byte count is at least the UTF-16 length: a line longer than the room left overflows
  // for sure, so it is not counted char by char (that took seconds of CPU for a 16 MB string).
  consoleBytes += (text.length > room ? text.length : utf8Length(text)) + 1;
  if (consoleBytes > S.config.maxConsoleBytes) {
    consoleTruncated = true;
    // A line that overflows keeps the part that fits, marked with an ellipsis (3 bytes in UTF-8),
    // so one huge line still shows its start.
    const headRoom = room - 3;
    if (headRoom > 0 && !(outcomeOnly && stream === 'stderr')) {
      let head = StringPrototypeSlice(text, 0, headRoom);
      while (utf8Length(head) > headRoom) head = StringPrototypeSlice(head, 0, head.length - (utf8Length(head) - headRoom));
      push('["log",' + S.now + ',"' + stream + '",' + q(head + '…') + ',' + (taskId || 'null') + ']');
    }
    evWarn('truncated', `Console output truncated after ${S.config.maxConsoleBytes} bytes`, null);
    return;
  }
  if (outcomeOnly && stream === 'stderr') return;
  // Console lines are bounded by maxConsoleBytes, not by the trace-event limit: a truncated trace
  // must never hide the program's output.
  push('["log",' + S.now + ',"' + stream + '",' + q(text) + ',' + (taskId || 'null') + ']');
  // The first lines of each step go out at once, so a run killed for memory mid-step keeps them;
  // a flood falls back to batches of flushEvery.
  if (eagerLogs < EAGER_LOGS_PER_STEP) {
    eagerLogs++;
    flushToHost();
  }
}

export function evWarn(kind: WarnKind, message: string, taskId: number | null): void {
  if (S.ended || outcomeOnly) return;
  warnings++;
  if (warnings > MAX_WARNINGS) {
    if (warnings === MAX_WARNINGS + 1) push('["warn","truncated","Too many warnings; the rest were dropped",null]');
    return;
  }
  push('["warn","' + kind + '",' + q(clip(message, MAX_MESSAGE_CHARS)) + ',' + n(taskId) + ']');
}

/** The harness phase begins (uncounted: at most one per run, and graders need it). */
export function evHarness(t: number): void {
  if (!S.ended && !outcomeOnly) push('["harness",' + t + ']');
}

/** Emits the final event and closes the recorder. */
export function evEnd(status: EndStatus, virtualMs: number, error: ThrownError | null, exitCode?: number): void {
  if (S.ended) return;
  const err = error === null ? 'null'
    : '{"name":' + q(clip(error.name, MAX_NAME_CHARS)) + ',"message":' + q(clip(error.message, MAX_MESSAGE_CHARS))
      + ',"stack":' + q(clipStack(error.stack)) + '}';
  push('["end","' + status + '",' + virtualMs + ',' + err + (exitCode === undefined ? '' : ',' + exitCode) + ']');
  S.ended = true;
}
