// The dashboard's reads on both providers: the trace summary is computed and stored with the run
// (created and regraded), shapes carry it without code or result, grades come back for the ids
// asked (across several IN lists), and the roster pages in username order without gaps.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, TEST_PROVIDERS, type TestDatabase } from './test-support/test-databases.ts';
import { signUp } from '../auth/accounts.ts';
import { createClassroom, joinClassroom, removeStudent } from './classrooms.ts';
import { createAssignment } from './assignments.ts';
import { createSubmission, regradeSubmission } from './submissions.ts';
import { gradesOf, listStudentSubmissionsGraded, listSubmissionShapes, rosterPage } from './dashboard-reads.ts';
import { SEED_ASSIGNMENT } from '../classroom/seed-assignment.ts';
import { grade } from '../classroom/grade.ts';
import { parseTraceSummary } from '../classroom/trace-summary.ts';
import { runResult, task } from '../classroom/test-support/run-result.ts';

describe.each(TEST_PROVIDERS)('dashboard reads on %s', (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(provider);
  }, 60_000);
  afterAll(async () => t?.drop());

  const user = async (username: string, role: 'teacher' | 'student') => {
    const outcome = await signUp(t.db, { username, password: 'correct horse battery', role });
    if (outcome.kind !== 'ok') throw new Error('taken');
    return outcome.user;
  };

  it('stores a trace summary with each graded run and replaces it on regrade', async () => {
    const teacher = await user('teach', 'teacher');
    const student = await user('stu', 'student');
    const cls = await createClassroom(t.db, { teacherId: teacher.id, name: 'c' });
    const assignment = await createAssignment(t.db, cls.id, { ...SEED_ASSIGNMENT, dueAt: new Date('2030-01-01') });
    const sequential = runResult({ virtualMs: 6000, tasks: [task(1, [[0, 3000, 'waiting']]), task(2, [[3000, 6000, 'waiting']])] });
    const sub = await createSubmission(t.db, { assignmentId: assignment.id, studentId: student.id, code: 'secret code', late: false, result: sequential, grade: grade(assignment.checks, sequential), gradedVersion: 1 });
    const [shape] = await listSubmissionShapes(t.db, assignment.id);
    expect(parseTraceSummary(shape!.traceSummaryJson)).toMatchObject({ status: 'ok', virtualMs: 6000, peakWaiting: 1, leafWaits: 2 });
    expect(JSON.stringify(shape)).not.toMatch(/secret code|resultJson/);

    const concurrent = runResult({ virtualMs: 3000, tasks: [task(1, [[0, 3000, 'waiting']]), task(2, [[0, 3000, 'waiting']])] });
    expect(await regradeSubmission(t.db, sub.id, concurrent, grade(assignment.checks, concurrent), 2)).toBe(true);
    const [after] = await listSubmissionShapes(t.db, assignment.id, [student.id]);
    expect(parseTraceSummary(after!.traceSummaryJson)).toMatchObject({ virtualMs: 3000, peakWaiting: 2 });
    expect(await listSubmissionShapes(t.db, assignment.id, [teacher.id])).toEqual([]);

    const grades = await gradesOf(t.db, [sub.id, 'no-such-id']);
    expect([...grades.keys()]).toEqual([sub.id]);
    expect(grades.get(sub.id)!.score).toBe(after!.score);
    const [graded] = await listStudentSubmissionsGraded(t.db, assignment.id, student.id);
    expect(graded!.grade).toEqual(grades.get(sub.id));
  });

  it('pages the current roster in username order, and reads grades across several IN lists', async () => {
    const teacher = await user('pager', 'teacher');
    const cls = await createClassroom(t.db, { teacherId: teacher.id, name: 'paged' });
    const names = ['p-eve', 'p-ann', 'p-dan', 'p-bob', 'p-cat'];
    const students = [];
    for (const name of names) {
      const s = await user(name, 'student');
      await joinClassroom(t.db, cls.joinCode, s.id);
      students.push(s);
    }
    await removeStudent(t.db, cls.id, students[2]!.id); // p-dan
    const seen: string[] = [];
    for (let after: string | null = null, page; (page = await rosterPage(t.db, cls.id, after, 2)).length; after = page.at(-1)!.username) seen.push(...page.map((s) => s.username));
    expect(seen).toEqual(['p-ann', 'p-bob', 'p-cat', 'p-eve']);

    const assignment = await createAssignment(t.db, cls.id, { ...SEED_ASSIGNMENT, dueAt: new Date('2030-01-01') });
    const r = runResult({ virtualMs: 3000 });
    const ids = [];
    for (let i = 0; i < 501; i++) {
      ids.push((await createSubmission(t.db, { assignmentId: assignment.id, studentId: students[i % 5]!.id, code: '', late: false, result: r, grade: grade(assignment.checks, r), gradedVersion: 1 })).id);
    }
    expect((await gradesOf(t.db, ids)).size).toBe(501);
  }, 120_000);
});
