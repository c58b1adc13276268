// One submission's grade: the score, the late flag with its penalty explained, and each check with why it passed or failed
// ("took 6.000 s, 3.000 s too slow: …"). A student gets hidden checks only as a count passed.
import type { Check } from '@/lib/classroom/checks.ts';
import type { CheckResult } from '@/lib/classroom/grade.ts';
import { describeCheck } from './describe-check.ts';
import { CHECK_KIND_LABELS } from './check-drafts.ts';
import { FailingOrdering } from '../explore/FailingOrdering.tsx';

export interface GradeLike {
  checks: CheckResult[];
  score: number;
  maxScore: number;
  /** Present on a student's (redacted) grade. */
  hidden?: { passed: number; total: number };
}

interface Props {
  grade: GradeLike;
  /** The checks' definitions, for their descriptions (the student has the visible ones only). */
  definitions: readonly Check[];
  late: boolean;
  /** Why a late grade is lower: "late by 2 days: −30 % (score 100 → 70)". */
  latePenalty?: string | null;
  /** The graded code: an Explore check's failing ordering can then be replayed on its timeline. */
  code?: string;
}

export function GradeReport({ grade, definitions, late, latePenalty, code }: Props) {
  const label = (c: CheckResult) => {
    const def = definitions.find((d) => d.id === c.id);
    return def ? describeCheck(def) : CHECK_KIND_LABELS[c.kind];
  };
  const full = grade.score === grade.maxScore;
  return (
    <section className="grade" aria-label="Grade" data-testid="grade-report">
      <p className="grade__headline">
        <span className={`badge badge--${full ? 'ok' : grade.score > 0 ? 'warn' : 'error'}`}>Score</span>
        <strong className="grade__score" data-testid="grade-score">{grade.score} / {grade.maxScore}</strong>
        {late && <span className="badge badge--warn" data-testid="grade-late">late</span>}
        {late && latePenalty && <span className="grade__late-penalty" data-testid="grade-late-penalty">{latePenalty}</span>}
      </p>
      <ul className="grade__checks">
        {grade.checks.map((c) => (
          <li key={c.id} className={`grade__check grade__check--${c.passed ? 'pass' : 'fail'}`} data-testid="grade-check" data-check-id={c.id} data-passed={c.passed}>
            <span className="grade__mark" aria-hidden="true">{c.passed ? '✓' : '✗'}</span>
            <span className="grade__body">
              <span className="grade__label">
                <span className="visually-hidden">{c.passed ? 'Passed: ' : 'Failed: '}</span>
                {label(c)} {!c.visible && <span className="badge badge--inline badge--muted">hidden</span>}
              </span>
              <span className="grade__reason" data-testid="grade-reason">{c.reason}</span>
              {code !== undefined && !c.passed && c.schedule !== undefined && <FailingOrdering code={code} schedule={c.schedule} />}
            </span>
            <span className="grade__points">{c.earned} / {c.points}</span>
          </li>
        ))}
      </ul>
      {grade.hidden && grade.hidden.total > 0 && (
        <p className="grade__hidden" data-testid="grade-hidden">
          Hidden checks: <strong>{grade.hidden.passed} of {grade.hidden.total}</strong> passed
        </p>
      )}
    </section>
  );
}
