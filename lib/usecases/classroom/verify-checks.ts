// Runs every check against the teacher's reference solution and wrong variants when an assignment
// is saved, through the same grading as submissions (gradeProgram on the sandbox pool, charged to
// the teacher as one run): nothing runs on the event loop, and at most 1 + MAX_VARIANTS programs
// are graded, one after another. Busy sandboxes or a spent budget leave the checks "unverified".
import type { Check } from '../../classroom/checks.ts';
import { authoringReport, type AuthoringReport, type Solution } from '../../classroom/authoring.ts';
import { gradeProgram, type ExploreProgram, type Grade } from '../../classroom/grade.ts';
import type { Caller } from '../../auth/identify.ts';
import { ApiError } from '../../api-error.ts';
import { exploreForGrading } from '../explore-for-client.ts';
import { admitClient, RunnerBusyError, type RunForClientOptions } from '../run-for-client.ts';

export interface VerifyDeps {
  runner?: RunForClientOptions['runner'];
  explore?: ExploreProgram;
}

export const hasSolution = (solution: Solution) => solution.referenceCode.trim() !== '' || solution.variants.length > 0;

export async function verifyChecks(caller: Caller, checks: readonly Check[], solution: Solution, deps: VerifyDeps = {}): Promise<AuthoringReport> {
  if (!hasSolution(solution)) return { reference: null, variants: [], warnings: [] };
  try {
    const runs = await admitClient(caller, { runner: deps.runner });
    const gradeOf = async (code: string): Promise<Grade> =>
      (await gradeProgram(code, checks, (program, harness) => runs.run(program, harness), deps.explore ?? exploreForGrading)).grade;
    const reference = solution.referenceCode.trim() ? await gradeOf(solution.referenceCode) : null;
    const variants: Grade[] = [];
    for (const variant of solution.variants) variants.push(await gradeOf(variant.code));
    await runs.charge();
    return authoringReport(solution, reference, variants);
  } catch (error) {
    if (error instanceof RunnerBusyError) return unverified('every sandbox is busy, so the checks were not run against your solutions; save again in a moment');
    if (error instanceof ApiError && error.status === 429) return unverified(`your run budget is spent (${error.message}); save again later to verify the checks`);
    throw error;
  }
}

const unverified = (why: string): AuthoringReport => ({ reference: null, variants: [], warnings: [], unverified: why });
