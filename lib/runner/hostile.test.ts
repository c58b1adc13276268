// The hostile corpus (hostile/*.ts, expected statuses in hostile/expected.json) as a whole: every
// program has an expected status and exactly one check in one of the hostile-*.test.ts suites,
// which run them. Helper modules in hostile/ start with "_" and are not programs.
import { describe, expect, it } from 'vitest';
import { corpus, expected, source } from './hostile/_harness.ts';
import { resourceChecks } from './hostile/_checks-resources.ts';
import { escapeChecks, tamperChecks } from './hostile/_checks-escape.ts';

describe('hostile corpus', () => {
  const suites = [resourceChecks, escapeChecks, tamperChecks].map((c) => Object.keys(c));

  it('has at least 64 programs, each with an expected status and a check in exactly one suite', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(64);
    expect(Object.keys(expected).sort()).toEqual(corpus);
    expect(suites.flat().sort()).toEqual(corpus);
  });

  it('helpers are not programs', () => {
    expect(corpus.some((f) => f.startsWith('_'))).toBe(false);
  });

  it.each(corpus)('%s says what it attacks and opts out of type checking', (file) => {
    const lines = source(file).split('\n');
    const header = lines.slice(0, lines.findIndex((l) => !l.startsWith('//')));
    expect(header[0]).toMatch(/^\/\/ \S/);
    expect(header.some((l) => l.startsWith('// @ts-nocheck'))).toBe(true);
  });
});
