// The explorer's front door for the API, the CLI and grading: size check, then ONE job on the
// sandbox pool (same queue, limits and fairness as a run) that answers an ExploreReport.
import type { RunResult } from '../protocol.ts';
import type { SandboxPool } from '../pool/sandbox-pool.ts';
import { MAX_CODE_BYTES } from '../limits.ts';
import { codeTooLargeResult } from '../results.ts';
import { codeBytes } from '../run-code.ts';
import { failedExploration, type ExploreReport } from './report.ts';
import { EXPLORE_DEFAULT_BUDGET_SCHEDULES, EXPLORE_DEFAULT_SEED, type ExploreOptions } from './explore-limits.ts';

export interface ExploreCallOptions {
  pool: SandboxPool;
  client?: string;
  signal?: AbortSignal;
}

/** The report, and the job as a run (status, CPU and wall time) for rate limits and `busy` answers. */
export interface Explored {
  report: ExploreReport;
  job: RunResult;
}

export function exploreOptions(o: Partial<ExploreOptions>): ExploreOptions {
  return { budget: o.budget ?? EXPLORE_DEFAULT_BUDGET_SCHEDULES, jitter: o.jitter ?? 0, seed: o.seed ?? EXPLORE_DEFAULT_SEED };
}

export async function exploreCode(code: string, options: ExploreOptions, { pool, client, signal }: ExploreCallOptions): Promise<Explored> {
  const bytes = codeBytes(code);
  if (bytes > MAX_CODE_BYTES) {
    const job = codeTooLargeResult(bytes);
    return { job, report: failedExploration(job.status, job.error, options.budget, options.jitter, options.seed) };
  }
  let report: ExploreReport | undefined;
  const job = await pool.run(code, client, signal, undefined, { explore: options, onExtras: (x) => { report = x.explore; } });
  return { job, report: report ?? failedExploration(job.status, job.error, options.budget, options.jitter, options.seed) };
}
