// Every chunk of trace events from a sandbox (untrusted data) is validated here before it becomes
// part of a RunResult: trace-schema.ts's rules checked by hand, because zod's generic machinery was
// most of the host's CPU per run. trace-validate.test.ts holds the two equal.
import { MAX_CONSOLE_BYTES } from './limits.ts';
import {
  END_STATUSES, EXIT_END_STATUSES, MESSAGE_CHARS, SETTLED_STATES, SHORT_TEXT_CHARS, SPAN_KINDS, STACK_CHARS, STREAMS, WARNING_KINDS,
  type ValidTraceEvent,
} from './trace-schema.ts';

const spanKinds = new Set<string>(SPAN_KINDS);
const settledStates = new Set<string>(SETTLED_STATES);
const streams = new Set<string>(STREAMS);
const warningKinds = new Set<string>(WARNING_KINDS);
const endStatuses = new Set<string>(END_STATUSES);
const exitEndStatuses = new Set<string>(EXIT_END_STATUSES);

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
      return e.length === 5 && isTaskId(e[1]) && isTime(e[2]) && isOneOf(e[3], spanKinds) && isText(e[4], SHORT_TEXT_CHARS);
    case 'settle':
      return e.length === 4 && isTaskId(e[1]) && isTime(e[2]) && isOneOf(e[3], settledStates);
    case 'log':
      return e.length === 5 && isTime(e[1]) && isOneOf(e[2], streams) && isText(e[3], MAX_CONSOLE_BYTES) && isTaskIdOrNull(e[4]);
    case 'warn':
      return e.length === 4 && isOneOf(e[1], warningKinds) && isText(e[2], MESSAGE_CHARS) && isTaskIdOrNull(e[3]);
    case 'harness':
      return e.length === 2 && isTime(e[1]);
    case 'end':
      if (e.length === 5) return isExitCode(e[4]) && isOneOf(e[1], exitEndStatuses) && isTime(e[2]) && (e[3] === null || isThrownError(e[3]));
      return e.length === 4 && isOneOf(e[1], endStatuses) && isTime(e[2]) && (e[3] === null || isThrownError(e[3]));
    default:
      return false;
  }
}

/** Parses one chunk of JSON text from the sandbox; returns null when it is not a valid chunk. */
export function parseTraceChunk(json: string): ValidTraceEvent[] | null {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return null;
  }
  if (!Array.isArray(raw)) return null;
  for (const event of raw) if (!isValidTraceEvent(event)) return null;
  return raw as ValidTraceEvent[];
}
