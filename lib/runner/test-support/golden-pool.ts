// The real sandbox pool that golden test files run programs through: two workers for the file,
// closed after it, and the reader of a result's stdout lines most of them assert on.
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { SandboxPool } from '../pool/sandbox-pool.ts';
import { runCode } from '../run-code.ts';
import type { RunResult } from '../protocol.ts';

const WORKER_SCRIPT = path.join(import.meta.dirname, '..', 'sandbox', 'worker.ts');
/** Workers per test file: two, so a slow row does not serialise the file's other rows. */
const GOLDEN_POOL_SIZE = 2;

/** Registers the pool's set-up and tear-down for this file; `run` joins its lines into one program. */
export function goldenPool(): { run: (...code: string[]) => Promise<RunResult> } {
  let pool: SandboxPool;
  beforeAll(() => {
    pool = new SandboxPool({ workerScript: WORKER_SCRIPT, size: GOLDEN_POOL_SIZE });
  });
  afterAll(() => pool.close());
  return { run: (...code: string[]) => runCode(code.join('\n'), { pool }) };
}

/** The program's stdout, line by line. */
export const stdoutOf = (r: RunResult): string[] => r.console.filter((l) => l.stream === 'stdout').map((l) => l.text);
