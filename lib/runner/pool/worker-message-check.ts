// What a sandbox worker says, checked before the pool believes it. A seed-3 run sends ~10 messages
// (compiled, a chunk per console line, done); the frequent small ones are checked by hand here,
// everything else by WorkerMessageSchema. A hand check only ever accepts what zod accepts too
// (worker-message-check.test.ts holds the two together); anything it doubts goes to zod.
import { WorkerMessageSchema, type WorkerMessage } from '../sandbox/worker-messages.ts';

const isRunId = (v: unknown): v is number => Number.isSafeInteger(v);

function isStringArray(v: unknown): v is string[] {
  if (!Array.isArray(v)) return false;
  for (const item of v) if (typeof item !== 'string') return false;
  return true;
}

/** The message as the pool may use it, or null when it is not one (the worker is then killed). */
export function checkWorkerMessage(raw: unknown): WorkerMessage | null {
  if (typeof raw === 'object' && raw !== null) {
    const m = raw as Record<string, unknown>;
    // New objects, as zod returns: unknown keys are dropped, never passed on.
    if (m.type === 'chunks' && isRunId(m.runId) && isStringArray(m.chunks)) return { type: 'chunks', runId: m.runId, chunks: m.chunks };
    if (m.type === 'compiled' && isRunId(m.runId)) return { type: 'compiled', runId: m.runId };
  }
  const parsed = WorkerMessageSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
