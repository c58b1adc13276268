// The line that explains a late submission's grade: "late by 2 days: −30 % (score 100 → 70)",
// from what was stored with it (its effective deadline and penalty), so a student sees why a
// full run scored less. Days are started days, as the late policy counts them.
import type { Grade } from './grade.ts';
import { DAY_MS } from './late-policy.ts';

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
