// The teacher reads the harnesses next to a submission; a student never gets their code.
import { describe, expect, it } from 'vitest';
import { submissionView } from './views.ts';
import { runResult } from '../../classroom/test-support/run-result.ts';
import type { Check } from '../../classroom/checks.ts';
import type { SubmissionDetail } from '../../db/submissions.ts';

const checks: Check[] = [
  { id: 'h', kind: 'harness', points: 5, visible: false, code: 'expect(await add(1, 2)).toBe(3); // SECRET' },
  { id: 's', kind: 'status', status: 'ok', points: 1, visible: true },
];
const submission: SubmissionDetail = {
  id: 'x', assignmentId: 'a', studentId: 'st', status: 'ok', virtualMs: 0, score: 1, maxScore: 6, late: false, penaltyPercent: 0, effectiveDueAt: null, createdAt: new Date(0),
  code: 'const a = 1;', result: runResult(),
  grade: { score: 1, maxScore: 6, checks: [{ id: 'h', kind: 'harness', passed: false, points: 5, earned: 0, reason: 'r', visible: false }] },
};

describe('submissionView', () => {
  it('shows the teacher every harness beside the submission', () => {
    expect(submissionView(submission, true, checks).harnesses).toEqual([{ id: 'h', code: checks[0]!.kind === 'harness' ? checks[0]!.code : '', visible: false }]);
  });

  it('gives a student no harness code', () => {
    const view = submissionView(submission, false, checks);
    expect(view.harnesses).toEqual([]);
    expect(JSON.stringify(view)).not.toContain('SECRET');
  });
});
