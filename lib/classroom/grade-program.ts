// Runs a submission and grades it: the student's code once for the ordinary checks, and once per
// harness check with that harness run as its own phase after the program has finished (see
// lib/runner/transpile/harness-program.ts). Takes the runner as a function, so it stays free of
// the pool, the database and Next.
import type { RunResult } from '../runner/protocol.ts';
import type { Check } from './checks.ts';
import { grade, type Grade, type HarnessResults } from './grade.ts';

/** Runs `code`, with `harness` (a harness check's code) as a phase after it when given. */
export type RunProgram = (code: string, harness?: string) => Promise<RunResult>;

export interface GradedRun {
  result: RunResult;
  grade: Grade;
  /** The runs with each harness, by check id (for the teacher; a student sees only the grade). */
  harnessRuns: HarnessResults;
}

export async function gradeProgram(code: string, checks: readonly Check[], run: RunProgram): Promise<GradedRun> {
  const harnessChecks = checks.flatMap((c) => (c.kind === 'harness' ? [c] : []));
  const [result, ...runs] = await Promise.all([run(code), ...harnessChecks.map((c) => run(code, c.code))]);
  const harnessRuns: HarnessResults = Object.fromEntries(harnessChecks.map((c, i) => [c.id, runs[i]!]));
  return { result: result!, grade: grade(checks, result!, harnessRuns), harnessRuns };
}
