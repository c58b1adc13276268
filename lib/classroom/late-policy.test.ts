// Late policy and due state, pure: deadlines with extensions, started days late, penalties capped
// at the whole score, refusal, what the class page calls each state, and the late-penalty line a
// student reads beside a late grade.
import { describe, expect, it } from 'vitest';
import { applyPenalty, DAY_MS, describeLatePolicy, effectiveDeadline, judgeLateness, LatePolicy, DUE_SOON_MS, dueState, latePenaltyFor, latePenaltyText } from './late-policy.ts';
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

describe('latePenaltyText', () => {
  it('says how many started days late, the penalty and the score before and after', () => {
    expect(latePenaltyText({ late: true, createdAt: after(DAY_MS + 1), effectiveDueAt: due, penaltyPercent: 30 }, 100, 70))
      .toBe('late by 2 days: −30 % (score 100 → 70)');
    expect(latePenaltyText({ late: true, createdAt: after(60_000).toISOString(), effectiveDueAt: due.toISOString(), penaltyPercent: 15 }, 80, 68))
      .toBe('late by 1 day: −15 % (score 80 → 68)');
  });

  it('is null on time, and says "without penalty" when the policy only flags lateness', () => {
    expect(latePenaltyText({ late: false, createdAt: after(-1), effectiveDueAt: due, penaltyPercent: 0 }, 100, 100)).toBeNull();
    expect(latePenaltyText({ late: true, createdAt: after(3 * DAY_MS), effectiveDueAt: due, penaltyPercent: 0 }, 100, 100))
      .toBe('late by 3 days: accepted without penalty');
  });

  it('leaves the day count out for rows stored without a deadline', () => {
    expect(latePenaltyText({ late: true, createdAt: after(5), effectiveDueAt: null, penaltyPercent: 20 }, 50, 40)).toBe('late: −20 % (score 50 → 40)');
  });
});

describe('latePenaltyFor', () => {
  it('recovers the score before the penalty from every check, hidden ones included', () => {
    const raw: Grade = {
      score: 90, maxScore: 100,
      checks: [
        { id: 'a', kind: 'time', points: 60, earned: 60, passed: true, visible: true, reason: 'ok' },
        { id: 'h', kind: 'output', points: 40, earned: 30, passed: false, visible: false, reason: 'secret' },
      ],
    } as Grade;
    const penalised = applyPenalty(raw, 40);
    expect(penalised.score).toBe(54);
    expect(latePenaltyFor({ late: true, createdAt: after(2 * DAY_MS), effectiveDueAt: due, penaltyPercent: 40 }, penalised))
      .toBe('late by 2 days: −40 % (score 90 → 54)');
  });
});
