// Grading real runs through the sandbox pool: the tutorial's sequential and createTask programs
// against the seed assignment, and harness checks with the assert/expect built-ins.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxPool } from '../runner/pool/sandbox-pool.ts';
import { runCode } from '../runner/run-code.ts';
import { example } from '../examples/catalog.ts';
import { gradeProgram, type RunProgram } from './grade.ts';
import { SEED_ASSIGNMENT } from './seed-assignment.ts';
import { peakWaiting } from './rules/concurrency.ts';
import type { Check } from './checks.ts';

const createTaskExample = example('create-task');

let pool: SandboxPool;
beforeAll(() => {
  pool = new SandboxPool({ workerScript: path.join(import.meta.dirname, '..', 'runner', 'sandbox', 'worker.ts'), size: 2 });
});
afterAll(() => pool.close());
const run: RunProgram = (code, harness) => runCode(code, { pool, harness });

describe('the seed assignment', () => {
  it('fails the sequential starter on time, concurrency and the hidden output', async () => {
    const { result, grade } = await gradeProgram(SEED_ASSIGNMENT.starterCode, SEED_ASSIGNMENT.checks, run);
    expect(result.virtualMs).toBe(6000);
    expect(peakWaiting(result).count).toBe(2); // main waits on the one call in flight
    expect(grade.checks.map((c) => [c.id, c.passed])).toEqual([['fast', false], ['overlap', false], ['clean', true], ['both-first', false]]);
    expect(grade.checks[0]!.reason).toMatch(/^took 6.000 s, 3.000 s too slow/);
    expect(grade).toMatchObject({ score: 10, maxScore: 100 });
  });

  it('passes every check with createTask', async () => {
    const { result, grade } = await gradeProgram(createTaskExample.code, SEED_ASSIGNMENT.checks, run);
    expect(result.virtualMs).toBe(3000);
    expect(grade.checks.filter((c) => !c.passed)).toEqual([]);
    expect(grade.score).toBe(100);
  });
});

const harness = (code: string): Check => ({ id: 'h', kind: 'harness', points: 5, visible: true, code });
const student = 'async function add(a: number, b: number) { await sleep(100); return a + b; }\nconst label = "sum";';

describe('harness checks', () => {
  it.each([
    ['assert holds', 'assert(await add(1, 2) === 3, "1 + 2")', true, /every assertion/],
    ['assert fails with its message', 'assert(await add(1, 2) === 4, "1 + 2 should be 4")', false, 'assertion failed at line 1 of the test harness: 1 + 2 should be 4'],
    ['expect toBe', 'expect(await add(2, 2)).toBe(4); expect(label).toContain("su");', true, /every assertion/],
    ['expect toEqual on structures', 'expect({ a: [1, { b: 2 }] }).toEqual({ a: [1, { b: 2 }] }); expect([1]).not.toEqual([2]);', true, /every assertion/],
    ['expect toBe fails', 'expect(await add(2, 2)).toBe(5)', false, 'assertion failed at line 1 of the test harness: expected 4 to be 5'],
    ['expect not', 'expect(1).not.toBe(1)', false, 'assertion failed at line 1 of the test harness: expected 1 not to be 1'],
    ['a comparison fails', 'expect(await add(1, 1)).toBeLessThan(2)', false, 'assertion failed at line 1 of the test harness: expected 2 to be less than 2'],
    ['virtual time is measurable', 'const t0 = performance.now(); await add(0, 0); expect(performance.now() - t0).toBeLessThanOrEqual(100);', true, /every assertion/],
    ['a crash is not a pass', 'missing()', false, /^the test harness started at 0.000 s and ended with status "error" at 0.000 s: ReferenceError: missing is not defined at line 1 of the test harness/],
  ])('%s', async (_name, code, passed, reason) => {
    const { grade } = await gradeProgram(student, [harness(code)], run);
    expect(grade.checks[0]!.passed).toBe(passed);
    if (typeof reason === 'string') expect(grade.checks[0]!.reason).toBe(reason);
    else expect(grade.checks[0]!.reason).toMatch(reason);
  });

  it('keeps the student part on its own line numbers', async () => {
    const result = await run(`${student}\nnull.x;\n`, 'assert(true)');
    expect(result.error).toMatchObject({ name: 'TypeError', line: 3 });
    expect(result.error?.file).toBeUndefined();
    expect(result.harnessFrom).toBeUndefined();
  });

  it('cannot be replaced by student code before the harness', async () => {
    const { grade } = await gradeProgram('try { (globalThis as any).assert = () => {}; } catch {}', [harness('assert(false, "real")')], run);
    expect(grade.checks[0]!.reason).toBe('assertion failed at line 1 of the test harness: real');
  });
});
