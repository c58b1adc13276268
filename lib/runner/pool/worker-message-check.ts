// What a sandbox worker says, checked before the pool believes it. A seed-3 run sends ~10 messages
// (compiled, a chunk per console line, done); the usual ones are checked by hand here, everything
// else (errors, replays, explorations, start-up) by WorkerMessageSchema. A hand check only ever accepts what zod accepts too
// (worker-message-check.test.ts holds the two together); anything it doubts goes to zod.
import { WorkerMessageSchema, type WorkerEnding, type WorkerMessage } from '../sandbox/worker-messages.ts';
import { RUN_STATUSES } from '../protocol.ts';

const STATUSES: ReadonlySet<unknown> = new Set(RUN_STATUSES);
const isDuration = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** The usual ending (no error, no position: those go to zod), as a new object. */
function plainEnding(v: unknown): WorkerEnding | null {
  if (typeof v !== 'object' || v === null) return null;
  const e = v as Record<string, unknown>;
  if (e.error !== undefined || e.errorAt !== undefined) return null;
  if (!(e.status === null || STATUSES.has(e.status)) || !isDuration(e.wallMs) || !isDuration(e.cpuMs)) return null;
  return { status: e.status as WorkerEnding['status'], wallMs: e.wallMs, cpuMs: e.cpuMs };
}

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
    if (m.type === 'done' && m.choices === undefined && m.explore === undefined && isRunId(m.runId) && isStringArray(m.chunks)) {
      const ending = plainEnding(m.ending);
      if (ending && (m.retiring === undefined || m.retiring === true)) {
        return { type: 'done', runId: m.runId, chunks: m.chunks, ending, ...(m.retiring ? { retiring: true as const } : {}) };
      }
    }
  }
  const parsed = WorkerMessageSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
