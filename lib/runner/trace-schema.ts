// What comes out of a sandbox: trace events are untrusted data, so every chunk is validated before
// it becomes part of a RunResult. The zod schema states the rules; the hot path checks the same
// rules by hand (trace-validate.ts, several times faster), and a test holds the two equal.
import { z } from 'zod';
import { MAX_CONSOLE_BYTES } from './limits.ts';
import { isValidTraceEvent } from './trace-validate.ts';

const time = z.number().finite().nonnegative();
const taskId = z.number().int().nonnegative();
const shortText = z.string().max(1_000);

const thrownError = z.object({
  name: shortText,
  message: z.string().max(10_000),
  stack: z.string().max(20_000),
});

export const TraceEventSchema = z.union([
  z.tuple([z.literal('task'), taskId, shortText, taskId.nullable(), time]),
  z.tuple([z.literal('state'), taskId, time, z.enum(['running', 'waiting', 'blocking']), shortText]),
  z.tuple([z.literal('settle'), taskId, time, z.enum(['fulfilled', 'rejected', 'cancelled'])]),
  z.tuple([z.literal('log'), time, z.enum(['stdout', 'stderr']), z.string().max(MAX_CONSOLE_BYTES), taskId.nullable()]),
  z.tuple([
    z.literal('warn'),
    z.enum(['cancelled-at-shutdown', 'unhandled-rejection', 'never-awaited', 'deadlock', 'truncated', 'limit', 'order-not-guaranteed']),
    z.string().max(10_000),
    taskId.nullable(),
  ]),
  z.tuple([z.literal('harness'), time]),
  z.tuple([z.literal('end'), z.enum(['ok', 'error', 'deadlock', 'limit']), time, thrownError.nullable()]),
  // process.exit(code) ended the run: the exit code (0–255) comes fifth.
  z.tuple([z.literal('end'), z.enum(['ok', 'error']), time, thrownError.nullable(), z.number().int().min(0).max(255)]),
]);
export type ValidTraceEvent = z.infer<typeof TraceEventSchema>;

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
