// What a student may see of a grade: visible checks in full, hidden checks only as a count passed
// and the kinds of those that failed (no id, reason, points or expectation each), and the one line
// that says so ("hidden: 1 of 2 passed — a test-harness check failed"), naming kinds, never checks.
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

const KIND_NOUN: Record<CheckKind, [string, string]> = {
  output: ['an output check', 'output checks'],
  time: ['a time check', 'time checks'],
  concurrency: ['a concurrency check', 'concurrency checks'],
  'no-warnings': ['a no-warnings check', 'no-warnings checks'],
  status: ['a status check', 'status checks'],
  harness: ['a test-harness check', 'test-harness checks'],
  'explore-output': ['an every-ordering output check', 'every-ordering output checks'],
  'explore-outcomes': ['an outcomes check', 'outcomes checks'],
};

/** null when the assignment has no hidden checks. */
export function hiddenSummaryText(hidden: { passed: number; total: number }, failedKinds: readonly CheckKind[]): string | null {
  if (hidden.total === 0) return null;
  const head = `hidden: ${hidden.passed} of ${hidden.total} passed`;
  if (!failedKinds.length) return head;
  const counts = new Map<CheckKind, number>();
  for (const kind of failedKinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  const parts = [...counts].map(([kind, n]) => (n === 1 ? KIND_NOUN[kind][0] : `${n} ${KIND_NOUN[kind][1]}`));
  const list = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `${head} — ${list} failed`;
}
