// Ids: the right length and alphabet, and no repeats across many draws.
import { describe, expect, it } from 'vitest';
import { isWellFormedId, randomId, SNIPPET_ID_CHARS } from './ids.ts';

describe('randomId', () => {
  it('draws base62 ids of the requested length without repeats', () => {
    const ids = Array.from({ length: 10_000 }, () => randomId(SNIPPET_ID_CHARS));
    expect(ids.every((id) => isWellFormedId(id, SNIPPET_ID_CHARS))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('rejects ids of another length or alphabet', () => {
    expect(isWellFormedId('abc', SNIPPET_ID_CHARS)).toBe(false);
    expect(isWellFormedId('abcdefgh-j', SNIPPET_ID_CHARS)).toBe(false);
    expect(isWellFormedId('../../etc/', SNIPPET_ID_CHARS)).toBe(false);
  });
});
