// What a student may see of a grade: visible checks in full, hidden checks only as a count passed
// (no id, kind, reason or points each), so the hidden tests cannot be reverse-engineered.
import type { CheckResult, Grade } from './grade.ts';

export interface StudentGrade {
  checks: CheckResult[];
  hidden: { passed: number; total: number };
  score: number;
  maxScore: number;
}

export function redactForStudent(grade: Grade): StudentGrade {
  const hidden = grade.checks.filter((c) => !c.visible);
  return {
    checks: grade.checks.filter((c) => c.visible),
    hidden: { passed: hidden.filter((c) => c.passed).length, total: hidden.length },
    score: grade.score,
    maxScore: grade.maxScore,
  };
}
