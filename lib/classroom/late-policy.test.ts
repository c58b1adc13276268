// Late policy and due state, pure: deadlines with extensions, started days late, penalties capped
// at the whole score, refusal, and what the class page calls each state.
import { describe, expect, it } from 'vitest';
import { applyPenalty, DAY_MS, describeLatePolicy, effectiveDeadline, judgeLateness, LatePolicy } from './late-policy.ts';
import { DUE_SOON_MS, dueState } from './due-state.ts';
import type { Grade } from './grade.ts';

const due = new Date('2026-03-01T12:00:00Z');
const after = (ms: number) => new Date(due.getTime() + ms);
const grade: Grade = { checks: [], score: 87, maxScore: 100 };

describe('effective deadline', () => {
  it('is the extension when the student has one, else the due date', () => {
    expect(effectiveDeadline(due, null)).toBe(due);
    expect(effectiveDeadline(due, after(DAY_MS))).toEqual(after(DAY_MS));
    // An override may also be earlier (a teacher's choice): it is still the student's deadline.
    expect(effectiveDeadline(due, after(-DAY_MS))).toEqual(after(-DAY_MS));
  });
});

describe('judgeLateness', () => {
  const accept: LatePolicy = { kind: 'accept', penaltyPercent: 0 };
  const penalty: LatePolicy = { kind: 'penalty', penaltyPercent: 15 };
  const refuse: LatePolicy = { kind: 'refuse', penaltyPercent: 0 };

  it('is on time up to and including the deadline, under every policy', () => {
    for (const policy of [accept, penalty, refuse]) {
      expect(judgeLateness(policy, due, due).kind).toBe('on-time');
      expect(judgeLateness(policy, due, after(-1)).kind).toBe('on-time');
    }
  });

  it('flags late work without a penalty under "accept"', () => {
    expect(judgeLateness(accept, due, after(3 * DAY_MS))).toEqual({ kind: 'late', deadline: due, daysLate: 3, penaltyPercent: 0 });
  });

  it('counts started days: one millisecond late is one day', () => {
    expect(judgeLateness(penalty, due, after(1))).toMatchObject({ daysLate: 1, penaltyPercent: 15 });
    expect(judgeLateness(penalty, due, after(DAY_MS))).toMatchObject({ daysLate: 1, penaltyPercent: 15 });
    expect(judgeLateness(penalty, due, after(DAY_MS + 1))).toMatchObject({ daysLate: 2, penaltyPercent: 30 });
  });

  it('never takes off more than the whole score', () => {
    expect(judgeLateness(penalty, due, after(30 * DAY_MS))).toMatchObject({ daysLate: 30, penaltyPercent: 100 });
  });

  it('refuses one millisecond after the deadline under "refuse"', () => {
    expect(judgeLateness(refuse, due, after(1))).toEqual({ kind: 'refused', deadline: due });
  });
});

describe('applyPenalty', () => {
  it('takes the percentage off the score, rounding down, and leaves everything else', () => {
    expect(applyPenalty(grade, 15)).toEqual({ ...grade, score: 73 });
    expect(applyPenalty(grade, 0)).toBe(grade);
    expect(applyPenalty(grade, 100).score).toBe(0);
    expect(applyPenalty(grade, 250).score).toBe(0);
  });
});

describe('LatePolicy shape', () => {
  it.each([
    [{ kind: 'penalty', penaltyPercent: -1 }],
    [{ kind: 'penalty', penaltyPercent: 101 }],
    [{ kind: 'penalty', penaltyPercent: 2.5 }],
    [{ kind: 'forgive' }],
  ])('refuses %j', (policy) => {
    expect(LatePolicy.safeParse(policy).success).toBe(false);
  });

  it('describes each policy in one sentence', () => {
    expect(describeLatePolicy({ kind: 'penalty', penaltyPercent: 10 })).toBe('Late submissions lose 10% of their score per started day late.');
    expect(describeLatePolicy({ kind: 'refuse', penaltyPercent: 0 })).toMatch(/closed/);
  });
});

describe('dueState', () => {
  const now = new Date('2026-03-01T00:00:00Z');
  it.each([
    [DUE_SOON_MS + 1, 'accept', 'open'],
    [DUE_SOON_MS, 'accept', 'due-soon'],
    [0, 'refuse', 'due-soon'],
    [-1, 'accept', 'late-accepted'],
    [-1, 'penalty', 'late-penalty'],
    [-1, 'refuse', 'closed'],
  ] as const)('due in %d ms under %s → %s', (left, kind, state) => {
    expect(dueState(new Date(now.getTime() + left), { kind, penaltyPercent: 10 }, now)).toBe(state);
  });
});
