// The CPU limit names where it stopped the program: the loop (or, for runaway calls, the function)
// the location register (transpile/location.ts) held, through the real pool. Hostile rows try to
// forge or break the register; the line must stay the real loop's and the host must carry on.
import { describe, expect, it } from 'vitest';
import { goldenPool } from './test-support/golden-pool.ts';
import { computeInsights } from '../insights/index.ts';
import type { RunResult } from './protocol.ts';

const { run } = goldenPool();
const src = (...lines: string[]) => lines.join('\n');

/** Line (1-based) of the first line of `code` containing `marker`. */
const lineWith = (code: string, marker: string) => code.split('\n').findIndex((l) => l.includes(marker)) + 1;

function expectStoppedAt(r: RunResult, code: string, marker: string): void {
  expect(r.status).toBe('timeout');
  expect(r.error).toMatchObject({ name: 'TimeoutError', line: lineWith(code, marker), column: 1 });
  expect(r.error?.file).toBeUndefined();
}

const cases: { rule: string; code: string; at: string; what: 'loop' | 'function' }[] = [
  {
    rule: 'a hot loop in a nested function, not the first loop of the program',
    code: src(
      'for (let i = 0; i < 3; i++) console.log(i);',
      'async function main() {',
      '  function inner() {',
      '    let n = 0;',
      '    while (n >= 0) { n = (n + 1) % 7; } // HOT',
      '  }',
      '  for (const x of [1]) inner();',
      '}',
      'await main();',
    ),
    at: '// HOT', what: 'loop',
  },
  { rule: 'while (true) at the top level', code: src('console.log("start");', 'let k = 0;', 'while (true) { k++; } // HOT'), at: '// HOT', what: 'loop' },
  {
    rule: 'a loop in an async task after awaits',
    code: src(
      "import * as asyncio from 'asyncio';",
      'async function worker(name: string) {',
      '  await sleep(100);',
      '  for (let round = 0; round < 3; round++) await sleep(10);',
      '  let spins = 0;',
      '  do { spins++; } while (spins > 0); // HOT',
      '}',
      'const t = asyncio.createTask(worker("w"));',
      'await sleep(5);',
      'await t;',
    ),
    at: '// HOT', what: 'loop',
  },
  {
    rule: 'a hot loop inside a recursive function, several frames deep',
    code: src(
      'function descend(depth: number): void {',
      '  if (depth > 0) return descend(depth - 1);',
      '  const seen: Record<string, number> = { a: 1 };',
      '  for (;;) { for (const key in seen) seen[key]++; } // HOT',
      '}',
      'descend(50);',
    ),
    // The inner for-in runs one iteration per outer one: either is the loop on that line.
    at: '// HOT', what: 'loop',
  },
  {
    rule: 'runaway recursion after a finished loop names the function, not the stale loop',
    code: src(
      'let total = 0;',
      'for (let i = 0; i < 5; i++) total += i;',
      'function fib(n: number): number { return n < 2 ? n : fib(n - 1) + fib(n - 2); } // HOT',
      'console.log(fib(60));',
    ),
    at: '// HOT', what: 'function',
  },
];

describe('the CPU limit locates the code it stopped', () => {
  it.each(cases)('$rule', async ({ code, at, what }) => {
    const r = await run(code);
    expectStoppedAt(r, code, at);
    expect(r.error?.message).toContain(`while running the ${what} on line ${lineWith(code, at)}`);
    const insight = computeInsights(r, code).find((i) => i.kind === 'cpu-limit');
    expect(insight?.line).toBe(lineWith(code, at));
    expect(insight?.text).toContain(`in the ${what} on line ${lineWith(code, at)}`);
  }, 30_000);
});

describe('user code cannot forge or break the location register', () => {
  it('a global of the register\'s name, set before the loop, is not what the host reads', async () => {
    const code = src(
      "const key = '__' + 'tl_loc';",
      '(globalThis as any)[key] = new Int32Array([99, 99, 0]);',
      'Object.defineProperty(globalThis, key, { get() { return new Int32Array([98, 98, 0]); }, configurable: true });',
      'while (true) {} // HOT',
    );
    expectStoppedAt(await run(code), code, '// HOT');
  }, 30_000);

  it('tampered array prototypes, eval and a shadowed globalThis do not redirect the write', async () => {
    const code = src(
      'var globalThis: any = undefined;',
      "Object.defineProperty(Array.prototype, '0', { set() {}, get() { return 7; }, configurable: true });",
      "Object.defineProperty(Array.prototype, '1', { set() {}, get() { return 7; }, configurable: true });",
      "Object.defineProperty(Int32Array.prototype, '0', { set() {}, get() { return 7; } });",
      "Object.defineProperty(Object.prototype, '__tl_L', { get() { return new Int32Array([5, 5, 0]); } });",
      // eval is always indirect here: it reaches the global scope (and the getter above), never the program's.
      "console.log('eval wrote', eval('__tl_L[0] = 3; __tl_L[0]'), (0, eval)('__tl_L[0] = 3; __tl_L[0]'));",
      'let x = 0;',
      'while (x >= 0) { x = (x + 1) | 0; } // HOT',
    );
    const r = await run(code);
    expectStoppedAt(r, code, '// HOT');
    expect(r.console.map((l) => l.text)).toEqual(['eval wrote 5 5']);
  }, 30_000);

  it('naming the register is a compile error, and the next run is located normally', async () => {
    const forged = await run('__tl_L[0] = 1;\nwhile (true) {}');
    expect(forged.status).toBe('compile-error');
    expect(forged.error?.message).toContain('reserved');
    const code = src('const a = 1;', 'while (a) {} // HOT');
    expectStoppedAt(await run(code), code, '// HOT');
  }, 30_000);
});
