import { describe, expect, it } from 'vitest';
import { columnsFor, snapToEvent, timelineEnd } from './geometry.ts';

describe('timelineEnd', () => {
  it('is the run end unless a span outlived it, and never 0', () => {
    expect(timelineEnd(3000, [0, 3000])).toBe(3000);
    expect(timelineEnd(3000, [3500])).toBe(3500);
    expect(timelineEnd(0, [])).toBe(1);
  });
});

describe('snapToEvent', () => {
  it('snaps to the nearest event within reach only', () => {
    expect(snapToEvent([0, 1000, 3000], 1010, 20)).toBe(1000);
    expect(snapToEvent([0, 1000, 3000], 1500, 20)).toBe(1500);
  });
});

describe('columnsFor', () => {
  it('shrinks the label column on narrow frames', () => {
    expect(columnsFor(1000)).toEqual({ labelWidth: 196, trackLeft: 208, compact: false });
    expect(columnsFor(380).compact).toBe(true);
  });
});
