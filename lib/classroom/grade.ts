// Grading: (checks, the run of the student's code, the harness runs) → one result per check and a
// score, pure, so the same submission always gets the same grade; and gradeProgram, which makes those
// runs through a runner passed in as a function (free of the pool, the database and Next).
import type { RunResult } from '../runner/protocol.ts';
import type { Check } from './checks.ts';
import { checkConcurrency } from './rules/concurrency.ts';
import { checkOutput } from './rules/output.ts';
import type { RuleOutcome } from './rules/outcome.ts';
import { checkHarness, checkNoWarnings, checkStatus, checkTime } from './rules/ending.ts';
import { checkExploreOutcomes, checkExploreOutput } from './rules/explore.ts';
import type { ExploreReport } from '../runner/explore/report.ts';

export interface CheckResult {
  id: string;
  kind: Check['kind'];
  passed: boolean;
  points: number;
  earned: number;
  reason: string;
  visible: boolean;
  /** An Explore check's smallest failing schedule: replaying it shows the failure on the timeline. */
  schedule?: string;
}

export interface Grade {
  checks: CheckResult[];
  score: number;
  maxScore: number;
}

/** Runs of student code + harness, keyed by the harness check's id. */
export type HarnessResults = Readonly<Record<string, RunResult>>;

function evaluate(check: Check, result: RunResult, harness: HarnessResults, explored?: ExploreReport): RuleOutcome & { schedule?: string } {
  switch (check.kind) {
    case 'output': return checkOutput(check, result);
    case 'time': return checkTime(check, result);
    case 'concurrency': return checkConcurrency(check, result);
    case 'no-warnings': return checkNoWarnings(result);
    case 'status': return checkStatus(check, result);
    case 'harness': return checkHarness(harness[check.id]);
    case 'explore-output': return checkExploreOutput(check, explored);
    case 'explore-outcomes': return checkExploreOutcomes(check, explored);
  }
}

/** `explored`: the submission's exploration, when an Explore check asks for one. */
export function grade(checks: readonly Check[], result: RunResult, harness: HarnessResults = {}, explored?: ExploreReport): Grade {
  const graded = checks.map((check): CheckResult => {
    const { passed, reason, schedule } = evaluate(check, result, harness, explored);
    return {
      id: check.id, kind: check.kind, passed, points: check.points, earned: passed ? check.points : 0, reason, visible: check.visible,
      ...(schedule !== undefined ? { schedule } : {}),
    };
  });
  return {
    checks: graded,
    score: graded.reduce((sum, c) => sum + c.earned, 0),
    maxScore: graded.reduce((sum, c) => sum + c.points, 0),
  };
}

/** Runs `code`, with `harness` (a harness check's code) as a phase after it when given. */
export type RunProgram = (code: string, harness?: string) => Promise<RunResult>;
/** Explores the student's code (one sandbox job); only called when an Explore check needs it. */
export type ExploreProgram = (code: string) => Promise<ExploreReport>;

export interface GradedRun {
  result: RunResult;
  grade: Grade;
  /** The runs with each harness, by check id (for the teacher; a student sees only the grade). */
  harnessRuns: HarnessResults;
}

export async function gradeProgram(code: string, checks: readonly Check[], run: RunProgram, explore?: ExploreProgram): Promise<GradedRun> {
  const harnessChecks = checks.flatMap((c) => (c.kind === 'harness' ? [c] : []));
  const wantsExplore = explore !== undefined && checks.some((c) => c.kind === 'explore-output' || c.kind === 'explore-outcomes');
  const [explored, result, ...runs] = await Promise.all([
    wantsExplore ? explore(code) : undefined,
    run(code),
    ...harnessChecks.map((c) => run(code, c.code)),
  ]);
  const harnessRuns: HarnessResults = Object.fromEntries(harnessChecks.map((c, i) => [c.id, runs[i]!]));
  return { result: result!, grade: grade(checks, result!, harnessRuns, explored), harnessRuns };
}
