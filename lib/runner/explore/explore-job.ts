// One exploration as one sandbox job inside a worker: compile once, search the orderings with an
// IsolateRunner within the job's budgets, and report the outcomes (report.ts).
import { compileCached } from '../transpile/index.ts';
import type { WorkerEnding } from '../sandbox/worker-messages.ts';
import { IsolateRunner } from './isolate-runner.ts';
import { usesWebGlobals } from '../sandbox/web-globals-use.ts';
import { search } from './search.ts';
import type { ExploreReport } from './report.ts';
import type { ExploreOptions } from './explore-limits.ts';

export function executeExplore(code: string, options: ExploreOptions): { ending: WorkerEnding; report: ExploreReport } {
  const started = performance.now();
  const base = { seed: options.seed, jitter: options.jitter, budget: options.budget, unlisted: 0 };
  const compiled = compileCached(code);
  if (!compiled.ok) {
    const wallMs = performance.now() - started;
    return {
      ending: { status: 'compile-error', error: compiled.error, wallMs, cpuMs: 0 },
      report: {
        ...base, explored: 0, exhaustive: false, strategy: 'dfs', stoppedBy: 'compile-error', wallMs, cpuMs: 0,
        outcomes: [{ stdout: [], status: 'compile-error', virtualMs: 0, count: 0, schedule: '', deviations: 0, error: compiled.error }],
      },
    };
  }
  const runner = new IsolateRunner(compiled.program, compiled.mapPosition, options.jitter, usesWebGlobals(code));
  try {
    const found = search(runner, options.budget, options.seed, options.jitter);
    const wallMs = performance.now() - started, cpuMs = runner.cpuMs;
    return {
      ending: { status: 'ok', wallMs, cpuMs },
      report: {
        ...base, explored: found.explored, exhaustive: found.exhaustive, strategy: found.strategy,
        stoppedBy: found.stoppedBy, outcomes: found.table.outcomes(), unlisted: found.table.unlisted, wallMs, cpuMs,
      },
    };
  } finally {
    runner.dispose();
  }
}
