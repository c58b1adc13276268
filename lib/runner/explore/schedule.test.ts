// Schedule strings: parsing (with the errors people see), the canonical form, and which of two
// schedules is smaller (the one shrinking and the outcome table keep).
import { describe, expect, it } from 'vitest';
import { compareSchedules, deviations, formatSchedule, parseSchedule, scheduleLabel } from './schedule.ts';
import { MAX_SCHEDULE_CHARS } from './explore-limits.ts';

describe('schedule strings', () => {
  it('parse dotted indices, the default and a jitter prefix', () => {
    expect(parseSchedule('1.0.2')).toEqual({ ok: true, steps: [1, 0, 2], jitter: 0 });
    expect(parseSchedule(' default ')).toEqual({ ok: true, steps: [], jitter: 0 });
    expect(parseSchedule('')).toEqual({ ok: true, steps: [], jitter: 0 });
    expect(parseSchedule('j0.1:0.3')).toEqual({ ok: true, steps: [0, 3], jitter: 0.1 });
    expect(parseSchedule('j0.25:')).toEqual({ ok: true, steps: [], jitter: 0.25 });
  });

  it('refuse anything else with a message naming the step', () => {
    expect(parseSchedule('1..2')).toMatchObject({ ok: false, error: expect.stringMatching(/^schedule step 2 is ""/) });
    expect(parseSchedule('1.-1')).toMatchObject({ ok: false, error: expect.stringMatching(/^schedule step 2 is "-1"/) });
    expect(parseSchedule('1.x')).toMatchObject({ ok: false });
    expect(parseSchedule('99999999')).toMatchObject({ ok: false });
    expect(parseSchedule('j7:1')).toMatchObject({ ok: false, error: expect.stringMatching(/jitter 7 is outside/) });
    expect(parseSchedule('1.'.repeat(MAX_SCHEDULE_CHARS / 2) + '1')).toMatchObject({ ok: false, error: expect.stringMatching(/at most/) });
  });

  it('format drops trailing defaults and round-trips', () => {
    expect(formatSchedule([1, 0, 2, 0, 0])).toBe('1.0.2');
    expect(formatSchedule([0, 0])).toBe('');
    expect(formatSchedule([0, 1], 0.1)).toBe('j0.1:0.1');
    for (const s of ['3', '0.0.1', '2.1.0.4', 'j0.05:1']) {
      const p = parseSchedule(s);
      expect(p.ok && formatSchedule(p.steps, p.jitter)).toBe(s);
    }
    expect(scheduleLabel('')).toBe('default');
    expect(scheduleLabel('j0.1:')).toBe('j0.1:default');
  });

  it('smaller means fewer deviations, then fewer steps, then smaller indices', () => {
    expect(deviations([0, 2, 0, 1])).toBe(2);
    const sorted = [[1, 1], [0, 0, 1], [2], [1], [0, 1, 0, 0], []].sort(compareSchedules);
    expect(sorted.map((s) => formatSchedule(s))).toEqual(['', '1', '2', '0.1', '0.0.1', '1.1']);
  });
});
