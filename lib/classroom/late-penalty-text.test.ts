// The late-penalty line a student reads beside a late grade.
import { describe, expect, it } from 'vitest';
import { DAY_MS, applyPenalty } from './late-policy.ts';
import { latePenaltyFor, latePenaltyText } from './late-penalty-text.ts';
import type { Grade } from './grade.ts';

const due = new Date('2030-01-10T12:00:00Z');
const at = (ms: number) => new Date(due.getTime() + ms);

describe('latePenaltyText', () => {
  it('says how many started days late, the penalty and the score before and after', () => {
    expect(latePenaltyText({ late: true, createdAt: at(DAY_MS + 1), effectiveDueAt: due, penaltyPercent: 30 }, 100, 70))
      .toBe('late by 2 days: −30 % (score 100 → 70)');
    expect(latePenaltyText({ late: true, createdAt: at(60_000).toISOString(), effectiveDueAt: due.toISOString(), penaltyPercent: 15 }, 80, 68))
      .toBe('late by 1 day: −15 % (score 80 → 68)');
  });

  it('is null on time, and says "without penalty" when the policy only flags lateness', () => {
    expect(latePenaltyText({ late: false, createdAt: at(-1), effectiveDueAt: due, penaltyPercent: 0 }, 100, 100)).toBeNull();
    expect(latePenaltyText({ late: true, createdAt: at(3 * DAY_MS), effectiveDueAt: due, penaltyPercent: 0 }, 100, 100))
      .toBe('late by 3 days: accepted without penalty');
  });

  it('leaves the day count out for rows stored without a deadline', () => {
    expect(latePenaltyText({ late: true, createdAt: at(5), effectiveDueAt: null, penaltyPercent: 20 }, 50, 40)).toBe('late: −20 % (score 50 → 40)');
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
    expect(latePenaltyFor({ late: true, createdAt: at(2 * DAY_MS), effectiveDueAt: due, penaltyPercent: 40 }, penalised))
      .toBe('late by 2 days: −40 % (score 90 → 54)');
  });
});
