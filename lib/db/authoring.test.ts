// Authoring persistence on both providers: late policy on the assignment, the private solution
// kept off the assignment record, per-student extensions, stale-grade and submission counts, and
// the late penalty and effective deadline stored with a submission.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, TEST_PROVIDERS, type TestDatabase } from './test-support/test-databases.ts';
import { signUp } from '../auth/accounts.ts';
import { createClassroom } from './classrooms.ts';
import { createAssignment, findAssignment, listAssignments, staleGradeCount, submissionCounts, updateAssignment } from './assignments.ts';
import { clearExtension, findExtension, findSolution, listAssignmentExtensions, listClassExtensions, saveSolution, setExtension } from './authoring.ts';
import { createSubmission, findSubmission, listStudentSubmissions, submissionCodes } from './submissions.ts';
import { SEED_ASSIGNMENT } from '../classroom/seed-assignment.ts';
import { grade } from '../classroom/grade.ts';
import { runResult } from '../classroom/test-support/run-result.ts';
import { EMPTY_SOLUTION } from '../classroom/authoring.ts';

describe.each(TEST_PROVIDERS)('authoring persistence on %s', (provider) => {
  let t: TestDatabase;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await openTestDatabase(provider);
    for (const [name, role] of [['teach', 'teacher'], ['ann', 'student'], ['ben', 'student']] as const) {
      const outcome = await signUp(t.db, { username: name, password: 'correct horse battery', role });
      if (outcome.kind !== 'ok') throw new Error('taken');
      ids[name] = outcome.user.id;
    }
    ids.cls = (await createClassroom(t.db, { teacherId: ids.teach!, name: 'c' })).id;
  }, 60_000);
  afterAll(async () => t?.drop());

  const due = new Date('2030-01-01T00:00:00Z');
  const newAssignment = (extra = {}) => createAssignment(t.db, ids.cls!, { ...SEED_ASSIGNMENT, dueAt: due, ...extra });

  it('stores the late policy; defaults to accept; a non-penalty policy stores no percentage', async () => {
    const plain = await newAssignment();
    expect(plain.latePolicy).toEqual({ kind: 'accept', penaltyPercent: 0 });
    const strict = await newAssignment({ latePolicy: { kind: 'penalty', penaltyPercent: 20 } });
    expect((await findAssignment(t.db, strict.id))?.latePolicy).toEqual({ kind: 'penalty', penaltyPercent: 20 });
    const refused = await updateAssignment(t.db, strict.id, { latePolicy: { kind: 'refuse', penaltyPercent: 20 } });
    expect(refused?.latePolicy).toEqual({ kind: 'refuse', penaltyPercent: 0 });
    // Changing the policy is not a change of checks: grades stay current.
    expect(refused?.checksVersion).toBe(1);
  });

  it('keeps the solution apart: no assignment read carries it', async () => {
    const a = await newAssignment();
    expect(await findSolution(t.db, a.id)).toEqual(EMPTY_SOLUTION);
    const solution = { referenceCode: 'SECRET_REFERENCE()', variants: [{ label: 'sequential version', code: 'SECRET_VARIANT()' }] };
    await saveSolution(t.db, a.id, solution);
    expect(await findSolution(t.db, a.id)).toEqual(solution);
    await saveSolution(t.db, a.id, { ...solution, variants: [] });
    expect((await findSolution(t.db, a.id)).variants).toEqual([]);
    const everything = JSON.stringify([await findAssignment(t.db, a.id), await listAssignments(t.db, ids.cls!)]);
    expect(everything).not.toContain('SECRET_REFERENCE');
  });

  it('sets, replaces, lists and clears extensions per student and assignment', async () => {
    const a = await newAssignment();
    const b = await newAssignment();
    const later = new Date('2030-01-03T00:00:00Z');
    expect(await findExtension(t.db, a.id, ids.ann!)).toBeNull();
    await setExtension(t.db, a.id, ids.ann!, new Date('2030-01-02T00:00:00Z'));
    await setExtension(t.db, a.id, ids.ann!, later);
    await setExtension(t.db, b.id, ids.ben!, later);
    expect(await findExtension(t.db, a.id, ids.ann!)).toEqual(later);
    expect(await findExtension(t.db, a.id, ids.ben!)).toBeNull();
    expect(await listAssignmentExtensions(t.db, a.id)).toEqual([{ assignmentId: a.id, studentId: ids.ann, dueAt: later }]);
    expect((await listClassExtensions(t.db, ids.cls!)).filter((e) => [a.id, b.id].includes(e.assignmentId))).toHaveLength(2);
    expect(await clearExtension(t.db, a.id, ids.ann!)).toBe(true);
    expect(await clearExtension(t.db, a.id, ids.ann!)).toBe(false);
    expect(await findExtension(t.db, a.id, ids.ann!)).toBeNull();
  });

  it('stores the penalty and effective deadline with a submission, and counts stale grades and submissions', async () => {
    const a = await newAssignment();
    const result = runResult();
    const g = grade(a.checks, result);
    const deadline = new Date('2030-01-05T00:00:00Z');
    const first = await createSubmission(t.db, { assignmentId: a.id, studentId: ids.ann!, code: 'x', late: true, penaltyPercent: 20, effectiveDueAt: deadline, result, grade: g, gradedVersion: 1 });
    await createSubmission(t.db, { assignmentId: a.id, studentId: ids.ann!, code: 'y', late: false, result, grade: g, gradedVersion: 1 });
    await createSubmission(t.db, { assignmentId: a.id, studentId: ids.ben!, code: 'z', late: false, result, grade: g, gradedVersion: 1 });
    expect(await findSubmission(t.db, first.id)).toMatchObject({ late: true, penaltyPercent: 20, effectiveDueAt: deadline });
    expect((await listStudentSubmissions(t.db, a.id, ids.ann!)).map((s) => s.penaltyPercent).sort()).toEqual([0, 20]);
    expect((await submissionCodes(t.db, a.id)).find((s) => s.id === first.id)?.penaltyPercent).toBe(20);
    const other = await newAssignment();
    expect(await submissionCounts(t.db, [a.id, other.id])).toEqual(new Map([[a.id, { submissions: 3, students: 2 }], [other.id, { submissions: 0, students: 0 }]]));
    expect(await staleGradeCount(t.db, a.id, 1)).toBe(0);
    const changed = await updateAssignment(t.db, a.id, { checks: a.checks.slice(1) });
    expect(await staleGradeCount(t.db, a.id, changed!.checksVersion)).toBe(3);
  });
});
