// Every line a worker writes to stderr reaches ours labelled, however the chunks split it.
import { describe, expect, it } from 'vitest';
import { LineLabeller, workerStderrLabel } from './stderr-label.ts';

describe('LineLabeller', () => {
  it('labels each line once, across chunks', () => {
    const l = new LineLabeller('[w] ');
    expect([l.apply('a\nb'), l.apply('c\n'), l.apply('\n'), l.apply('d\ne\n')].join('')).toBe('[w] a\n[w] bc\n[w] \n[w] d\n[w] e\n');
  });

  it('names the worker by pid', () => {
    expect(workerStderrLabel(1234)).toBe('[sandbox worker 1234] ');
    expect(workerStderrLabel(undefined)).toBe('[sandbox worker ?] ');
  });
});
