// The process-wide sandbox pool and result cache the web app uses. Kept on globalThis so dev-mode
// module reloads reuse the running workers instead of spawning more.
import { SandboxPool } from './pool/sandbox-pool.ts';
import { ResultCache } from './result-cache.ts';
import { SPARE_WORKERS } from './limits.ts';
import { poolSize, sandboxWorkerScript } from '../env.ts';
import type { RunOptions } from './run-code.ts';

const holder = globalThis as typeof globalThis & { __tasklineRunner?: Required<Omit<RunOptions, 'client' | 'signal' | 'harness' | 'schedule'>> };

export function sharedRunner(): Required<Omit<RunOptions, 'client' | 'signal' | 'harness' | 'schedule'>> {
  holder.__tasklineRunner ??= {
    pool: new SandboxPool({ workerScript: sandboxWorkerScript(), size: poolSize(), spare: SPARE_WORKERS }),
    cache: new ResultCache(),
  };
  return holder.__tasklineRunner;
}
