// Saving an assignment as its teacher: the assignment (with late policy), its private solution,
// then every check run against the reference and wrong variants (verify-checks.ts), and how many
// stored grades the change left out of date. Used by the create and update routes.
import type { Db } from '../../db/client.ts';
import type { UserRecord } from '../../db/users.ts';
import { createAssignment, staleGradeCount, updateAssignment, type AssignmentRecord } from '../../db/assignments.ts';
import { findSolution, saveSolution } from '../../db/authoring.ts';
import type { AuthoringReport } from '../../classroom/authoring.ts';
import { Checks } from '../../classroom/checks.ts';
import type { AuthoringRequest, AuthoringUpdateRequest } from '../../api/authoring-request.ts';
import { callerFor } from '../../auth/identify.ts';
import { ApiError } from '../../api-error.ts';
import { verifyChecks, type VerifyDeps } from './verify-checks.ts';

export interface SavedAssignment {
  assignment: AssignmentRecord;
  authoring: AuthoringReport;
  /** Submissions graded under older checks: "N grades are now out of date — regrade?". */
  staleGrades: number;
}

async function finish(db: Db, teacher: UserRecord, assignment: AssignmentRecord, deps: VerifyDeps): Promise<SavedAssignment> {
  const solution = await findSolution(db, assignment.id);
  const [authoring, staleGrades] = await Promise.all([
    verifyChecks(callerFor(teacher, db), assignment.checks, solution, deps),
    staleGradeCount(db, assignment.id, assignment.checksVersion),
  ]);
  return { assignment, authoring, staleGrades };
}

/** `classId` must already be the teacher's (the route checked canManageClass). */
export async function createAuthoredAssignment(db: Db, teacher: UserRecord, classId: string, body: AuthoringRequest, deps: VerifyDeps = {}): Promise<SavedAssignment> {
  const { solution, ...fields } = body;
  const assignment = await createAssignment(db, classId, fields);
  if (solution) await saveSolution(db, assignment.id, solution);
  return finish(db, teacher, assignment, deps);
}

/** `current` must already be the teacher's (the route checked canManageClass). */
export async function updateAuthoredAssignment(db: Db, teacher: UserRecord, current: AssignmentRecord, body: AuthoringUpdateRequest, deps: VerifyDeps = {}): Promise<SavedAssignment> {
  const { solution, ...changes } = body;
  // Saving the same checks again is not a change: grades stay current and nobody is asked to regrade.
  // Compared in the schema's key order, so a client's different key order is not a change either.
  if (changes.checks && JSON.stringify(Checks.parse(changes.checks)) === JSON.stringify(current.checks)) delete changes.checks;
  const updated = await updateAssignment(db, current.id, changes);
  if (!updated) throw new ApiError(404, 'no such assignment');
  if (solution) await saveSolution(db, updated.id, solution);
  return finish(db, teacher, updated, deps);
}
