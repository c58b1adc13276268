// Hostile tests of the harness phase, through the real sandbox pool: what a cheating student
// would try against hidden tests (skip them, shadow assert, read their source, sabotage shutdown),
// and the grader's own promise: the harness runs after the program, with its own line numbers.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxPool } from '../runner/pool/sandbox-pool.ts';
import { runCode } from '../runner/run-code.ts';
import { gradeProgram, type RunProgram } from './grade.ts';
import type { Check } from './checks.ts';

let pool: SandboxPool;
beforeAll(() => {
  pool = new SandboxPool({ workerScript: path.join(import.meta.dirname, '..', 'runner', 'sandbox', 'worker.ts'), size: 2 });
});
afterAll(() => pool.close());
const run: RunProgram = (code, harness) => runCode(code, { pool, harness });
const harness = (code: string): Check => ({ id: 'h', kind: 'harness', points: 5, visible: true, code });
const gradeWith = async (student: string, test: string) => (await gradeProgram(student, [harness(test)], run)).grade.checks[0]!;

/** A wrong solution: the hidden test must never pass on it. */
const WRONG_ADD = 'async function add(a: number, b: number) { await sleep(100); return a - b; }';
const ADD_TEST = 'expect(await add(1, 2)).toBe(3);';

describe('the harness phase', () => {
  it('runs after the program has finished, asyncio.run shutdown included, and sees its declarations', async () => {
    // The case: a never-awaited task cancelled by asyncio.run's shutdown made the harness report a deadlock.
    const student = [
      'async function ticker() { for (;;) await asyncio.sleep(1); }',
      'let finished = false;',
      'async function main() { asyncio.createTask(ticker()); await asyncio.sleep(3); finished = true; }',
      'asyncio.run(main());',
      'async function add(a: number, b: number) { await sleep(100); return a + b; }',
    ].join('\n');
    const test = 'expect(finished).toBe(true);\nconst t0 = performance.now();\nexpect(await add(1, 2)).toBe(3);\nexpect(performance.now() - t0).toBe(100);';
    const result = await run(student, test);
    expect(result).toMatchObject({ status: 'ok', harnessFrom: 3000, virtualMs: 3100 });
    expect(result.tasks.find((t) => t.name === 'harness')).toMatchObject({ state: 'fulfilled', createdAt: 3000, parentId: null });
    const check = await gradeWith(student, test);
    expect(check).toMatchObject({ passed: true });
    expect(check.reason).toMatch(/started at 3.000 s/);
  });

  it('a top-level return cannot skip it', async () => {
    const check = await gradeWith(`${WRONG_ADD}\nreturn;`, ADD_TEST);
    expect(check.passed).toBe(false);
    expect(check.reason).toMatch(/could not run: the run ended with status "compile-error".*"return" outside a function.*at line 2/);
  });

  it.each([
    ['a throw at the top level', `${WRONG_ADD}\nthrow new Error("bye");`, /could not run: the run ended with status "error"/],
    ['a program that never finishes', `${WRONG_ADD}\nsetInterval(() => {}, 1000);`, /could not run: the run ended with status "limit"/],
    ['an infinite loop after main', `${WRONG_ADD}\nasync function main() { await asyncio.sleep(1); }\nawait asyncio.run(main());\nfor (;;) {}`, /could not run: the run ended with status "timeout"/],
    ['a top level that waits forever', `${WRONG_ADD}\nawait new Promise(() => {});`, /could not run: the run ended with status "deadlock"/],
    ['throwing from a finally at shutdown', `${WRONG_ADD}\nasync function bg() { try { await asyncio.sleep(100); } finally { throw new Error("sabotage"); } }\nasync function main() { asyncio.createTask(bg()); await asyncio.sleep(1); }\nasyncio.run(main());`, /./],
    ['cancelling the harness task from student code', 'async function add(a: number, b: number) { asyncio.currentTask?.()?.cancel(); await sleep(100); return a - b; }', /./],
  ])('%s cannot make a wrong solution pass', async (_name, student, reason) => {
    const check = await gradeWith(student, ADD_TEST);
    expect(check.passed).toBe(false);
    expect(check.reason).toMatch(reason);
  }, 30_000);

  it('student code cannot shadow assert or expect', async () => {
    const student = 'function assert(_c: unknown, _m?: string) {}\nconst expect = (_v: unknown) => ({ toBe() {} });\ntry { (globalThis as any).assert = () => {}; } catch {}';
    const check = await gradeWith(student, 'expect(1).toBe(1);\nassert(false, "the real assert");');
    expect(check).toMatchObject({ passed: false, reason: 'assertion failed at line 2 of the test harness: the real assert' });
  });

  it('student code cannot read the harness source', async () => {
    // Hoisted harness functions are out of the student's scope, and a harness callback handed to
    // student code prints as hidden: the thrown text reaches the reason, so it must carry no source.
    const student = [
      'const leaks: string[] = [typeof secretHelper];',
      'function probe(f: Function) { leaks.push(String(f), Function.prototype.toString.call(f), `${f}`); throw new Error(leaks.join(" | ")); }',
    ].join('\n');
    const test = 'function secretHelper() { return "SECRET-ANSWER-42"; }\nprobe(() => "SECRET-ANSWER-42");\nprobe(secretHelper);';
    const check = await gradeWith(student, test);
    expect(check.passed).toBe(false);
    expect(check.reason).toMatch(/Error: undefined \| function \(\) \{ \[harness code\] \}/);
    expect(check.reason).not.toMatch(/SECRET/);
  });

  it('reports harness errors at harness lines, and the program keeps its own', async () => {
    const inHarness = await run('const a = 1;\nconst b = 2;\nconst c = 3;', '\n\n(null as any).x;');
    expect(inHarness.error).toMatchObject({ name: 'TypeError', line: 3, file: 'harness' });
    const inProgram = await run('function boom() { (null as any).y; }', 'const z = 0;\nboom();');
    expect(inProgram.error).toMatchObject({ name: 'TypeError', line: 1 });
    expect(inProgram.error?.file).toBeUndefined();
    const compile = await run('const ok = 1;', 'const = ;');
    expect(compile).toMatchObject({ status: 'compile-error', error: { line: 1, file: 'harness' } });
  });

  it('leaves ordinary runs untouched: no harness, no phase', async () => {
    const result = await run('console.log((function f() { return 1; }).toString());');
    expect(result.harnessFrom).toBeUndefined();
    expect(result.console.map((l) => l.text)).toEqual(['function f() { return 1; }']);
  });
});
