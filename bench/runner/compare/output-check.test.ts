// The output check: Taskline's lines exactly, the same lines reordered, or a failure.
import { describe, expect, it } from 'vitest';
import { OutputCheck } from './output-check.ts';

describe('OutputCheck', () => {
  it('counts exact and reordered runs and summarises them', () => {
    const check = new OutputCheck(['a', 'b', 'b']);
    check.record('way', ['a', 'b', 'b']);
    expect(check.summary()).toBe('✓ 1/1');
    check.record('way', ['b', 'a', 'b']);
    expect(check.summary()).toBe('same lines 2/2, same order 1/2');
  });

  it('throws when a run printed different lines', () => {
    const check = new OutputCheck(['a', 'b', 'b']);
    expect(() => check.record('plain node', ['a', 'b'])).toThrow(/plain node printed something else/);
    expect(() => check.record('plain node', ['a', 'a', 'b'])).toThrow(/printed something else/);
  });
});
