// The runner's front door for the API and the CLI: size check, cache, then a sandbox from the pool.
import type { RunResult } from './protocol.ts';
import type { SandboxPool } from './pool/sandbox-pool.ts';
import { ResultCache } from './result-cache.ts';
import { MAX_CODE_BYTES } from './limits.ts';
import { codeTooLargeResult } from './results.ts';

export interface RunOptions {
  pool: SandboxPool;
  /** Omit to always run (benchmarks, tests of the sandbox itself). */
  cache?: ResultCache;
  /**
   * Who asks (signed-in user id or client address): the pool queues clients fairly and caps heavy
   * ones. Omit for the CLI, tests and benchmarks (they share the trusted anonymous client).
   */
  client?: string;
  /** Aborted when the caller no longer wants the result (e.g. request.signal): leaves the queue. */
  signal?: AbortSignal;
  /** A classroom test harness, run after the program as its own phase (never cached). */
  harness?: string;
}

export function codeBytes(code: string): number {
  return Buffer.byteLength(code, 'utf8');
}

export async function runCode(code: string, { pool, cache, client, signal, harness }: RunOptions): Promise<RunResult> {
  const bytes = codeBytes(code);
  if (bytes > MAX_CODE_BYTES) return codeTooLargeResult(bytes);
  if (harness !== undefined) return pool.run(code, client, signal, harness);
  const cached = cache?.get(code);
  if (cached) return cached;
  const result = await pool.run(code, client, signal);
  cache?.set(code, result);
  return result;
}
