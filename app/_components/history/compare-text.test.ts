// The comparison headline reads like the tutorial: both times, then how much faster or slower.
import { describe, expect, it } from 'vitest';
import { compareText, differenceText, runLabel } from './compare-text.ts';

describe('compareText', () => {
  it('says how much faster the second run is', () => {
    expect(compareText({ label: 'Run 1', virtualMs: 6000 }, { label: 'Run 2', virtualMs: 3000 })).toBe('Run 1 6.000 s vs Run 2 3.000 s — 3.000 s faster');
  });

  it('says slower and same', () => {
    expect(differenceText({ label: 'a', virtualMs: 1000 }, { label: 'b', virtualMs: 1500 })).toBe('0.500 s slower');
    expect(differenceText({ label: 'a', virtualMs: 1000 }, { label: 'b', virtualMs: 1000 })).toBe('same virtual time');
  });

  it('numbers runs oldest first', () => {
    expect(runLabel(0, 3)).toBe('Run 3');
    expect(runLabel(2, 3)).toBe('Run 1');
  });
});
