// Runs a submission and grades it: the student's code once for the ordinary checks, and once per
// harness check with that harness appended. Takes the runner as a function, so it stays free of
// the pool, the database and Next.
import type { RunResult } from '../runner/protocol.ts';
import type { Check } from './checks.ts';
import { grade, type Grade, type HarnessResults } from './grade.ts';
import { withHarness } from './harness-program.ts';

export type RunProgram = (code: string) => Promise<RunResult>;

export interface GradedRun {
  result: RunResult;
  grade: Grade;
}

export async function gradeProgram(code: string, checks: readonly Check[], run: RunProgram): Promise<GradedRun> {
  const harnessChecks = checks.filter((c) => c.kind === 'harness');
  const [result, ...harnessRuns] = await Promise.all([
    run(code),
    ...harnessChecks.map((c) => run(withHarness(code, c.code))),
  ]);
  const harness: HarnessResults = Object.fromEntries(harnessChecks.map((c, i) => [c.id, harnessRuns[i]!]));
  return { result: result!, grade: grade(checks, result!, harness) };
}
