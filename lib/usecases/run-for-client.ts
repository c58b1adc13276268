// The one way code runs for someone: size checked once (in bytes), the caller's budgets charged,
// a sandbox from the shared pool queued fairly under the caller's key, and a busy pool turned into
// the one 503 every route answers. A database that is down never stops a run: budgets need it,
// running does not, and the pool still shares workers fairly.
import type { Schedule } from '../runner/explore/schedule.ts';
import type { RunResult } from '../runner/protocol.ts';
import { runCode, codeBytes, type RunOptions } from '../runner/run-code.ts';
import { sharedRunner } from '../runner/shared-pool.ts';
import { MAX_CODE_BYTES } from '../runner/limits.ts';
import { ApiError } from '../api-error.ts';
import { databaseFault } from '../db/prisma-errors.ts';
import { chargeRunTime, enforceRateLimit } from '../ratelimit/enforce.ts';
import { fairnessKey } from '../ratelimit/client-key.ts';
import type { RateLimitedAction } from '../ratelimit/policy.ts';
import { clientKeyOf, type Caller } from '../auth/identify.ts';
import { LOW_PRIORITY_PREFIX } from '../runner/pool/priority.ts';

/** Seconds a client should wait before retrying when every sandbox is busy. */
export const BUSY_RETRY_AFTER_S = 1;

/** The pool answered `busy`: nothing ran, so nothing may be stored or graded. */
export class RunnerBusyError extends ApiError {
  constructor() {
    super(503, 'every sandbox is busy; try again in a moment', BUSY_RETRY_AFTER_S);
  }
}

/** Code over the runner's limit is refused before it is stored or run: 413. Counted in UTF-8 bytes. */
export function requireCodeWithinLimit(code: string | undefined): void {
  const bytes = code === undefined ? 0 : codeBytes(code);
  if (bytes > MAX_CODE_BYTES) throw new ApiError(413, `code is ${bytes} bytes; the limit is ${MAX_CODE_BYTES}`);
}

export interface RunForClientOptions {
  /** Budgets charged before running (default: one run). */
  actions?: RateLimitedAction[];
  /** The caller went away: a run still queued leaves the queue. */
  signal?: AbortSignal;
  /** Background work (regrades): served after interactive runs. */
  priority?: 'normal' | 'low';
  /** Replay this explored schedule (docs/explore.md): the result carries its choice points. */
  schedule?: Schedule;
  /** The pool and cache; the shared ones unless a test gives its own. */
  runner?: Omit<RunOptions, 'client' | 'signal' | 'harness' | 'schedule'>;
}

/** Admitted work for one caller: runs that throw RunnerBusyError instead of answering `busy`. */
export interface ClientRuns {
  run(code: string, harness?: string): Promise<RunResult>;
  /** Sandbox time these runs used, charged after the work (a no-op with the database down). */
  charge(): Promise<void>;
}

const ignoreUnavailable = (error: unknown) => {
  if (databaseFault(error) !== 'unavailable') throw error;
};

/** Charges the caller's budgets once (429 when spent) and returns its runs. */
export async function admitClient(caller: Caller, options: RunForClientOptions = {}): Promise<ClientRuns> {
  const client = clientKeyOf(caller);
  if (caller.db) await enforceRateLimit(caller.db, client, options.actions ?? ['run']).catch(ignoreUnavailable);
  const key = (options.priority === 'low' ? LOW_PRIORITY_PREFIX : '') + fairnessKey(client);
  const runner = options.runner ?? sharedRunner();
  let wallMs = 0;
  return {
    async run(code, harness) {
      requireCodeWithinLimit(code);
      const result = await runCode(code, { ...runner, client: key, signal: options.signal, harness, ...(options.schedule ? { schedule: options.schedule } : {}) });
      // Structural: the pool's own status, never a student-facing message.
      if (result.status === 'busy') throw new RunnerBusyError();
      wallMs += result.stats.wallMs;
      return result;
    },
    async charge() {
      if (caller.db) await chargeRunTime(caller.db, client, wallMs).catch(ignoreUnavailable);
    },
  };
}

export async function runForClient(caller: Caller, code: string, options: RunForClientOptions = {}): Promise<RunResult> {
  const runs = await admitClient(caller, options);
  const result = await runs.run(code);
  await runs.charge();
  return result;
}
