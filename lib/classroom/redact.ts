// What a student may see of a grade: visible checks in full, hidden checks only as a count passed
// and the kinds of those that failed (no id, reason, points or expectation each), so the hidden
// tests cannot be reverse-engineered but a student still knows where to look.
import type { CheckKind } from './checks.ts';
import type { CheckResult, Grade } from './grade.ts';

export interface HiddenSummary {
  passed: number;
  total: number;
}

export interface StudentGrade {
  checks: CheckResult[];
  hidden: HiddenSummary;
  /** Kinds of the hidden checks that failed, one entry per failed check, in a fixed order (not the checks' order). */
  hiddenFailedKinds: CheckKind[];
  score: number;
  maxScore: number;
}

export function redactForStudent(grade: Grade): StudentGrade {
  const hidden = grade.checks.filter((c) => !c.visible);
  return {
    checks: grade.checks.filter((c) => c.visible),
    hidden: { passed: hidden.filter((c) => c.passed).length, total: hidden.length },
    // Sorted, so the order does not tell which hidden check (by position) failed.
    hiddenFailedKinds: hidden.filter((c) => !c.passed).map((c) => c.kind).sort(),
    score: grade.score,
    maxScore: grade.maxScore,
  };
}
