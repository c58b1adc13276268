// Who may do what in a classroom, as pure rules over plain facts (no database here): adapters load
// the facts, ask, and turn a refusal into its HTTP status. A class a user has no part in answers
// 404, so its existence is not confirmed to strangers.

export interface Actor {
  id: string;
  role: 'teacher' | 'student';
}

export interface ClassFacts {
  teacherId: string;
}

/** The actor's enrollment in the class: null if never enrolled. */
export interface EnrollmentFacts {
  removed: boolean;
}

export type Decision = { ok: true } | { ok: false; status: 403 | 404; reason: string };

const allow: Decision = { ok: true };
const notFound: Decision = { ok: false, status: 404, reason: 'no such class' };
const forbid = (reason: string): Decision => ({ ok: false, status: 403, reason });

const owns = (actor: Actor, cls: ClassFacts) => actor.role === 'teacher' && actor.id === cls.teacherId;

export function canCreateClass(actor: Actor): Decision {
  return actor.role === 'teacher' ? allow : forbid('only teachers create classes');
}

export function canJoinClass(actor: Actor, enrollment: EnrollmentFacts | null): Decision {
  if (actor.role !== 'student') return forbid('only students join classes');
  if (enrollment?.removed) return forbid('you were removed from this class; ask the teacher');
  return allow;
}

/** Roster, join code, assignment editing, every submission, dashboard, CSV, regrade. */
export function canManageClass(actor: Actor, cls: ClassFacts, enrollment: EnrollmentFacts | null = null): Decision {
  if (owns(actor, cls)) return allow;
  // Another teacher learns nothing; a student gets a clear "not yours" only for classes they are
  // in: a 403 for an existing class they are not in would confirm its id (404 for a missing one).
  return actor.role === 'student' && enrollment && !enrollment.removed ? forbid('only the class teacher can do this') : notFound;
}

/** Reading the class and its assignments (visible checks only, for students). */
export function canViewClass(actor: Actor, cls: ClassFacts, enrollment: EnrollmentFacts | null): Decision {
  if (owns(actor, cls)) return allow;
  if (actor.role === 'student' && enrollment && !enrollment.removed) return allow;
  return notFound;
}

export function canSubmit(actor: Actor, cls: ClassFacts, enrollment: EnrollmentFacts | null): Decision {
  if (actor.role !== 'student') return forbid('only students submit');
  if (enrollment?.removed) return forbid('you were removed from this class');
  return enrollment ? allow : notFound;
}

/** A submission: its own student, or the class teacher. Anyone else is told it does not exist. */
export function canReadSubmission(actor: Actor, cls: ClassFacts, submission: { studentId: string }): Decision {
  if (owns(actor, cls) || (actor.role === 'student' && actor.id === submission.studentId)) return allow;
  return { ok: false, status: 404, reason: 'no such submission' };
}

/** Hidden checks (their ids, kinds, expectations, points) are the teacher's alone. */
export function canSeeHiddenChecks(actor: Actor, cls: ClassFacts): boolean {
  return owns(actor, cls);
}
