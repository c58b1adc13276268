// What saving tells the teacher about the checks from the grades of the reference and the wrong
// variants, and the shape of a solution (bounded count, size and labels).
import { describe, expect, it } from 'vitest';
import { authoringReport, MAX_VARIANTS, Solution } from './authoring.ts';
import type { Grade } from './grade.ts';
import { MAX_CODE_BYTES } from '../runner/limits.ts';

const check = (id: string, passed: boolean, reason = passed ? 'ok' : `${id} failed`) =>
  ({ id, kind: 'time' as const, passed, points: 10, earned: passed ? 10 : 0, reason, visible: true });
const gradeOf = (...checks: ReturnType<typeof check>[]): Grade =>
  ({ checks, score: checks.reduce((s, c) => s + c.earned, 0), maxScore: checks.length * 10 });

const solution = { referenceCode: 'ref()', variants: [{ label: 'sequential version', code: 'seq()' }, { label: 'never-awaited version', code: 'x()' }] };

describe('authoringReport', () => {
  it('has no warnings when the reference passes and every variant is caught', () => {
    const report = authoringReport(solution, gradeOf(check('fast', true), check('overlap', true)), [
      gradeOf(check('fast', false), check('overlap', false)), gradeOf(check('fast', true), check('overlap', false)),
    ]);
    expect(report.warnings).toEqual([]);
    expect(report.reference).toMatchObject({ score: 20, maxScore: 20, failed: [] });
    expect(report.variants.map((v) => [v.caught, v.failed.map((f) => f.id)])).toEqual([[true, ['fast', 'overlap']], [true, ['overlap']]]);
  });

  it('warns when the reference fails a check, naming the check and its reason', () => {
    const report = authoringReport({ ...solution, variants: [] }, gradeOf(check('fast', true), check('clean', false, 'a warning was printed')), []);
    expect(report.warnings).toEqual(['The reference solution fails check "clean": a warning was printed']);
  });

  it('warns when a wrong variant passes every check', () => {
    const report = authoringReport(solution, gradeOf(check('fast', true)), [gradeOf(check('fast', true)), gradeOf(check('fast', false))]);
    expect(report.warnings).toEqual(['Your checks do not catch the sequential version: it passes every check.']);
    expect(report.variants[0]).toMatchObject({ caught: false });
  });

  it('counts a variant as not caught when there are no checks at all', () => {
    expect(authoringReport(solution, gradeOf(), [gradeOf(), gradeOf()]).warnings).toHaveLength(2);
  });

  it('reports variants without a reference', () => {
    expect(authoringReport({ referenceCode: '', variants: solution.variants.slice(0, 1) }, null, [gradeOf(check('a', false))]))
      .toMatchObject({ reference: null, warnings: [] });
  });
});

describe('Solution shape', () => {
  const variant = { label: 'v', code: 'x()' };
  it.each([
    ['too many variants', { referenceCode: '', variants: Array.from({ length: MAX_VARIANTS + 1 }, () => variant) }],
    ['reference over the code limit', { referenceCode: 'x'.repeat(MAX_CODE_BYTES + 1), variants: [] }],
    ['multi-byte reference over the limit in bytes', { referenceCode: 'é'.repeat(MAX_CODE_BYTES / 2 + 1), variants: [] }],
    ['an empty variant', { referenceCode: '', variants: [{ label: 'v', code: '  ' }] }],
    ['a blank label', { referenceCode: '', variants: [{ label: ' ', code: 'x' }] }],
    ['a NUL in the reference', { referenceCode: 'a\u0000b', variants: [] }],
  ])('refuses %s', (_name, value) => {
    expect(Solution.safeParse(value).success).toBe(false);
  });
});
