// Due dates, extensions and the late policy as pure rules: which deadline applies to a student, the
// due state the class page shows, whether a submission is on time, late (by started days), penalised
// or refused, what a penalty does to a grade, and the line that explains it. No I/O.
import { z } from 'zod';
import type { Grade } from './grade.ts';

/** One day, in ms: penalties count started days late. */
export const DAY_MS = 24 * 60 * 60 * 1000;
/** Largest penalty per day late, in percent of the score. */
export const MAX_PENALTY_PERCENT = 100;

export const LATE_POLICY_KINDS = ['accept', 'penalty', 'refuse'] as const;
export type LatePolicyKind = (typeof LATE_POLICY_KINDS)[number];

/** What happens after the deadline; `penaltyPercent` only matters for "penalty". */
export const LatePolicy = z.object({
  kind: z.enum(LATE_POLICY_KINDS),
  penaltyPercent: z.number().int().min(0).max(MAX_PENALTY_PERCENT).default(0),
});
export type LatePolicy = z.infer<typeof LatePolicy>;

export const ON_TIME_POLICY: LatePolicy = { kind: 'accept', penaltyPercent: 0 };

export type Lateness =
  | { kind: 'on-time'; deadline: Date }
  | { kind: 'late'; deadline: Date; daysLate: number; penaltyPercent: number }
  | { kind: 'refused'; deadline: Date };

/** The student's own deadline: their extension if they have one, else the assignment's. */
export function effectiveDeadline(dueAt: Date, extension: Date | null | undefined): Date {
  return extension ?? dueAt;
}

/** Judges a submission made at `at` against `deadline` under `policy`. */
export function judgeLateness(policy: LatePolicy, deadline: Date, at: Date): Lateness {
  const overMs = at.getTime() - deadline.getTime();
  if (overMs <= 0) return { kind: 'on-time', deadline };
  if (policy.kind === 'refuse') return { kind: 'refused', deadline };
  const daysLate = Math.ceil(overMs / DAY_MS);
  const penaltyPercent = policy.kind === 'penalty' ? Math.min(MAX_PENALTY_PERCENT, daysLate * policy.penaltyPercent) : 0;
  return { kind: 'late', deadline, daysLate, penaltyPercent };
}

/** The grade with `penaltyPercent` taken off its score (rounded down to whole points, never below 0). */
export function applyPenalty<G extends Grade>(grade: G, penaltyPercent: number): G {
  if (penaltyPercent <= 0) return grade;
  const kept = Math.max(0, 100 - Math.min(MAX_PENALTY_PERCENT, penaltyPercent));
  return { ...grade, score: Math.floor((grade.score * kept) / 100) };
}

/** One sentence for students and teachers: what happens after the deadline. */
export function describeLatePolicy(policy: LatePolicy): string {
  switch (policy.kind) {
    case 'accept': return 'Late submissions are accepted and marked late.';
    case 'penalty': return `Late submissions lose ${policy.penaltyPercent}% of their score per started day late.`;
    case 'refuse': return 'Submissions are closed after the deadline.';
  }
}

/** "Due soon" within this many ms of the due date (one day). */
export const DUE_SOON_MS = 24 * 60 * 60 * 1000;

export type DueState = 'open' | 'due-soon' | 'late-accepted' | 'late-penalty' | 'closed';

export const DUE_STATE_LABELS: Record<DueState, string> = {
  open: 'open',
  'due-soon': 'due within a day',
  'late-accepted': 'past due: late work accepted',
  'late-penalty': 'past due: late work penalised',
  closed: 'closed',
};

export function dueState(dueAt: Date, policy: LatePolicy, now: Date): DueState {
  const left = dueAt.getTime() - now.getTime();
  if (left > DUE_SOON_MS) return 'open';
  if (left >= 0) return 'due-soon';
  if (policy.kind === 'refuse') return 'closed';
  return policy.kind === 'penalty' && policy.penaltyPercent > 0 ? 'late-penalty' : 'late-accepted';
}

export interface LateFacts {
  late: boolean;
  createdAt: Date | string;
  /** The deadline the submission was judged against (null on rows stored before it was kept). */
  effectiveDueAt: Date | string | null;
  penaltyPercent: number;
}

/** The score before the penalty: every check's points, hidden ones included (the full grade). */
export function scoreBeforePenalty(grade: Pick<Grade, 'checks'>): number {
  return grade.checks.reduce((sum, c) => sum + c.earned, 0);
}

/** null for an on-time submission. `before` and `after` are the scores without and with the penalty. */
export function latePenaltyText(facts: LateFacts, before: number, after: number): string | null {
  if (!facts.late) return null;
  let head = 'late';
  if (facts.effectiveDueAt !== null) {
    const overMs = new Date(facts.createdAt).getTime() - new Date(facts.effectiveDueAt).getTime();
    const days = Math.max(1, Math.ceil(overMs / DAY_MS));
    head = `late by ${days} ${days === 1 ? 'day' : 'days'}`;
  }
  if (facts.penaltyPercent <= 0) return `${head}: accepted without penalty`;
  return `${head}: −${facts.penaltyPercent} % (score ${before} → ${after})`;
}

/** The line for a stored submission and its full (unredacted) grade. */
export function latePenaltyFor(submission: LateFacts, grade: Pick<Grade, 'checks' | 'score'>): string | null {
  return latePenaltyText(submission, scoreBeforePenalty(grade), grade.score);
}
