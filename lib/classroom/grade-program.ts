// Runs a submission and grades it: the student's code once for the ordinary checks, and once per
// harness check with that harness appended. Takes the runner as a function, so it stays free of
// the pool, the database and Next.
import type { RunResult } from '../runner/protocol.ts';
import type { Check } from './checks.ts';
import { grade, type Grade, type HarnessResults } from './grade.ts';
import { withHarness } from './harness-program.ts';
import type { ExploreReport } from '../runner/explore/report.ts';

export type RunProgram = (code: string) => Promise<RunResult>;
/** Explores the student's code (one sandbox job); only called when an Explore check needs it. */
export type ExploreProgram = (code: string) => Promise<ExploreReport>;

export interface GradedRun {
  result: RunResult;
  grade: Grade;
}

export async function gradeProgram(code: string, checks: readonly Check[], run: RunProgram, explore?: ExploreProgram): Promise<GradedRun> {
  const harnessChecks = checks.filter((c) => c.kind === 'harness');
  const wantsExplore = explore !== undefined && checks.some((c) => c.kind === 'explore-output' || c.kind === 'explore-outcomes');
  const [explored, result, ...harnessRuns] = await Promise.all([
    wantsExplore ? explore(code) : undefined,
    run(code),
    ...harnessChecks.map((c) => run(withHarness(code, c.code))),
  ]);
  const harness: HarnessResults = Object.fromEntries(harnessChecks.map((c, i) => [c.id, harnessRuns[i]!]));
  return { result: result!, grade: grade(checks, result!, harness, explored) };
}
