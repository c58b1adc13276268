// The trace-event rules of trace-schema.ts's zod schema, checked by hand: every run's events pass
// here on the host, and zod's generic machinery was most of the host's CPU per run.
// Keep in step with TraceEventSchema (trace-validate.test.ts compares the two).
import { MAX_CONSOLE_BYTES } from './limits.ts';
import type { ValidTraceEvent } from './trace-schema.ts';

/** Longest task name, state detail or error name, in UTF-16 units (as zod's .max counts). */
const SHORT_TEXT_CHARS = 1_000;
/** Longest error or warning message, in UTF-16 units. */
const MESSAGE_CHARS = 10_000;
/** Longest error stack, in UTF-16 units. */
const STACK_CHARS = 20_000;

const SPAN_KINDS = new Set(['running', 'waiting', 'blocking']);
const SETTLED_STATES = new Set(['fulfilled', 'rejected', 'cancelled']);
const STREAMS = new Set(['stdout', 'stderr']);
const WARNING_KINDS = new Set(['cancelled-at-shutdown', 'unhandled-rejection', 'never-awaited', 'deadlock', 'truncated', 'limit', 'order-not-guaranteed']);
const END_STATUSES = new Set(['ok', 'error', 'deadlock', 'limit']);

const isTime = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isTaskId = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;
const isTaskIdOrNull = (v: unknown) => v === null || isTaskId(v);
/** process.exit's code as the operating system keeps it. */
const isExitCode = (v: unknown) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 255;
const isText = (v: unknown, max: number) => typeof v === 'string' && v.length <= max;
const isOneOf = (v: unknown, set: Set<string>) => typeof v === 'string' && set.has(v);

function isThrownError(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const e = v as Record<string, unknown>;
  return isText(e.name, SHORT_TEXT_CHARS) && isText(e.message, MESSAGE_CHARS) && isText(e.stack, STACK_CHARS);
}

export function isValidTraceEvent(e: unknown): e is ValidTraceEvent {
  if (!Array.isArray(e)) return false;
  switch (e[0]) {
    case 'task':
      return e.length === 5 && isTaskId(e[1]) && isText(e[2], SHORT_TEXT_CHARS) && isTaskIdOrNull(e[3]) && isTime(e[4]);
    case 'state':
      return e.length === 5 && isTaskId(e[1]) && isTime(e[2]) && isOneOf(e[3], SPAN_KINDS) && isText(e[4], SHORT_TEXT_CHARS);
    case 'settle':
      return e.length === 4 && isTaskId(e[1]) && isTime(e[2]) && isOneOf(e[3], SETTLED_STATES);
    case 'log':
      return e.length === 5 && isTime(e[1]) && isOneOf(e[2], STREAMS) && isText(e[3], MAX_CONSOLE_BYTES) && isTaskIdOrNull(e[4]);
    case 'warn':
      return e.length === 4 && isOneOf(e[1], WARNING_KINDS) && isText(e[2], MESSAGE_CHARS) && isTaskIdOrNull(e[3]);
    case 'harness':
      return e.length === 2 && isTime(e[1]);
    case 'end':
      if (e.length === 5) return isExitCode(e[4]) && (e[1] === 'ok' || e[1] === 'error') && isTime(e[2]) && (e[3] === null || isThrownError(e[3]));
      return e.length === 4 && isOneOf(e[1], END_STATUSES) && isTime(e[2]) && (e[3] === null || isThrownError(e[3]));
    default:
      return false;
  }
}
