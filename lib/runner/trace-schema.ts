// What comes out of a sandbox: the trace-event vocabulary (kinds, text bounds) declared once, and
// the zod schema stating the rules. The hot path checks the same rules by hand (trace-validate.ts,
// several times faster, reading these declarations), and a test holds the two equal.
import { z } from 'zod';
import { MAX_CONSOLE_BYTES } from './limits.ts';

/** Longest task name, state detail or error name, in UTF-16 units (as zod's .max counts). */
export const SHORT_TEXT_CHARS = 1_000;
/** Longest error or warning message, in UTF-16 units. */
export const MESSAGE_CHARS = 10_000;
/** Longest error stack, in UTF-16 units. */
export const STACK_CHARS = 20_000;

export const SPAN_KINDS = ['running', 'waiting', 'blocking'] as const;
export const SETTLED_STATES = ['fulfilled', 'rejected', 'cancelled'] as const;
export const STREAMS = ['stdout', 'stderr'] as const;
export const WARNING_KINDS = ['cancelled-at-shutdown', 'unhandled-rejection', 'never-awaited', 'deadlock', 'truncated', 'limit', 'order-not-guaranteed'] as const;
export const END_STATUSES = ['ok', 'error', 'deadlock', 'limit'] as const;
/** The statuses an 'end' event carrying process.exit's code may have. */
export const EXIT_END_STATUSES = ['ok', 'error'] as const;

const time = z.number().finite().nonnegative();
const taskId = z.number().int().nonnegative();
const shortText = z.string().max(SHORT_TEXT_CHARS);

const thrownError = z.object({
  name: shortText,
  message: z.string().max(MESSAGE_CHARS),
  stack: z.string().max(STACK_CHARS),
});

export const TraceEventSchema = z.union([
  z.tuple([z.literal('task'), taskId, shortText, taskId.nullable(), time]),
  z.tuple([z.literal('state'), taskId, time, z.enum(SPAN_KINDS), shortText]),
  z.tuple([z.literal('settle'), taskId, time, z.enum(SETTLED_STATES)]),
  z.tuple([z.literal('log'), time, z.enum(STREAMS), z.string().max(MAX_CONSOLE_BYTES), taskId.nullable()]),
  z.tuple([
    z.literal('warn'),
    z.enum(WARNING_KINDS),
    z.string().max(MESSAGE_CHARS),
    taskId.nullable(),
  ]),
  z.tuple([z.literal('harness'), time]),
  z.tuple([z.literal('end'), z.enum(END_STATUSES), time, thrownError.nullable()]),
  // process.exit(code) ended the run: the exit code (0–255) comes fifth.
  z.tuple([z.literal('end'), z.enum(EXIT_END_STATUSES), time, thrownError.nullable(), z.number().int().min(0).max(255)]),
]);
export type ValidTraceEvent = z.infer<typeof TraceEventSchema>;
