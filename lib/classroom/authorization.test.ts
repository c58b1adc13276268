// Every authorization rule, table-driven: actor × facts → allowed, or refused with its status.
import { describe, expect, it } from 'vitest';
import {
  canCreateClass, canJoinClass, canManageClass, canReadSubmission, canSeeHiddenChecks, canSubmit, canViewClass,
  type Actor, type Decision,
} from './authorization.ts';

const teacher: Actor = { id: 'T1', role: 'teacher' };
const otherTeacher: Actor = { id: 'T2', role: 'teacher' };
const student: Actor = { id: 'S1', role: 'student' };
const classmate: Actor = { id: 'S2', role: 'student' };
const cls = { teacherId: 'T1' };
const active = { removed: false };
const removed = { removed: true };
const status = (d: Decision) => (d.ok ? 'ok' : d.status);

describe('classroom authorization', () => {
  it.each([
    ['teacher creates a class', canCreateClass(teacher), 'ok'],
    ['student acting as teacher creates a class', canCreateClass(student), 403],
    ['student joins', canJoinClass(student, null), 'ok'],
    ['teacher joins as a student', canJoinClass(teacher, null), 403],
    ['removed student rejoins with the code', canJoinClass(student, removed), 403],
    ['teacher manages own class', canManageClass(teacher, cls), 'ok'],
    ['teacher reaches another teacher\'s class', canManageClass(otherTeacher, cls), 404],
    ['enrolled student acting as teacher manages the class', canManageClass(student, cls, active), 403],
    // No existence oracle: a stranger student gets what a missing class gives (404), not 403.
    ['stranger student acting as teacher manages the class', canManageClass(classmate, cls, null), 404],
    ['removed student acting as teacher manages the class', canManageClass(student, cls, removed), 404],
    ['teacher views own class', canViewClass(teacher, cls, null), 'ok'],
    ['enrolled student views the class', canViewClass(student, cls, active), 'ok'],
    ['removed student views the class', canViewClass(student, cls, removed), 404],
    ['stranger student views the class', canViewClass(classmate, cls, null), 404],
    ['other teacher views the class', canViewClass(otherTeacher, cls, null), 404],
    ['enrolled student submits', canSubmit(student, cls, active), 'ok'],
    ['student submits after removal', canSubmit(student, cls, removed), 403],
    ['student outside the class submits', canSubmit(student, cls, null), 404],
    ['teacher submits', canSubmit(teacher, cls, null), 403],
    ['student reads own submission', canReadSubmission(student, cls, { studentId: 'S1' }), 'ok'],
    ['student reads another student\'s submission', canReadSubmission(classmate, cls, { studentId: 'S1' }), 404],
    ['teacher reads a submission in own class', canReadSubmission(teacher, cls, { studentId: 'S1' }), 'ok'],
    ['other teacher reads a submission', canReadSubmission(otherTeacher, cls, { studentId: 'S1' }), 404],
  ])('%s → %s', (_name, decision, expected) => {
    expect(status(decision)).toBe(expected);
  });

  it.each([
    [teacher, true],
    [otherTeacher, false],
    [student, false],
  ])('hidden checks are shown to %o: %s', (actor, expected) => {
    expect(canSeeHiddenChecks(actor, cls)).toBe(expected);
  });
});
