// Golden tests for ordering and the virtual clock, through runCode: each program's console lines
// with their virtual times, and its total virtual duration. Table-driven; add a row per rule.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxPool } from './pool/sandbox-pool.ts';
import { runCode } from './run-code.ts';
import type { RunResult } from './protocol.ts';

let pool: SandboxPool;
beforeAll(() => {
  pool = new SandboxPool({ workerScript: path.join(import.meta.dirname, 'sandbox', 'worker.ts'), size: 2 });
});
afterAll(() => pool.close());

const lines = (r: RunResult) => r.console.map((l) => [l.t, l.text] as [number, string]);
const lines$ = (...code: string[]) => code.join('\n');

interface Golden { rule: string; code: string; console: [number, string][]; virtualMs: number }

const ordering: Golden[] = [
  {
    rule: 'all microtasks drain after each timer callback, before the next timer due at the same time',
    code: lines$(
      "setTimeout(() => { console.log('t1'); Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2')); }, 5);",
      "setTimeout(() => { console.log('t2'); queueMicrotask(() => console.log('q2')); }, 5);",
    ),
    console: [[5, 't1'], [5, 'm1'], [5, 'm2'], [5, 't2'], [5, 'q2']],
    virtualMs: 5,
  },
  {
    rule: 'microtasks of the script run before any timer',
    code: lines$("setTimeout(() => console.log('timer'), 0);", "Promise.resolve().then(() => console.log('micro'));", "console.log('sync');"),
    console: [[0, 'sync'], [0, 'micro'], [1, 'timer']],
    virtualMs: 1,
  },
  {
    rule: 'timers fire by due time, ties in creation order (also when created later)',
    code: lines$(
      "setTimeout(() => console.log('a10'), 10);",
      "setTimeout(() => console.log('b5'), 5);",
      "setTimeout(() => console.log('c10'), 10);",
      "setTimeout(() => setTimeout(() => console.log('d5+5'), 5), 5);",
    ),
    console: [[5, 'b5'], [10, 'a10'], [10, 'c10'], [10, 'd5+5']],
    virtualMs: 10,
  },
  {
    rule: 'setTimeout 0, negative, NaN and missing delays count as 1 ms, tied with 1 ms by creation',
    code: lines$(
      "setTimeout(() => console.log('one'), 1);",
      "setTimeout(() => console.log('zero'), 0);",
      "setTimeout(() => console.log('negative'), -10);",
      "setTimeout(() => console.log('nan'), NaN);",
      "setTimeout(() => console.log('none'));",
      "setTimeout(() => console.log('two'), 2);",
    ),
    console: [[1, 'one'], [1, 'zero'], [1, 'negative'], [1, 'nan'], [1, 'none'], [2, 'two']],
    virtualMs: 2,
  },
  {
    rule: 'intervals tick every period until cleared, interleaved with timeouts',
    code: lines$(
      'let n = 0;',
      "const id = setInterval(() => { n++; console.log('tick ' + n); if (n === 3) clearInterval(id); }, 100);",
      "setTimeout(() => console.log('timeout 150'), 150);",
    ),
    console: [[100, 'tick 1'], [150, 'timeout 150'], [200, 'tick 2'], [300, 'tick 3']],
    virtualMs: 300,
  },
  {
    rule: 'clearTimeout cancels, also from another timer due at the same time',
    code: lines$(
      "setTimeout(() => { clearTimeout(later); console.log('cleared'); }, 10);",
      "const later = setTimeout(() => console.log('never'), 10);",
      "const early = setTimeout(() => console.log('never either'), 10);",
      'clearTimeout(early);',
    ),
    console: [[10, 'cleared']],
    virtualMs: 10,
  },
];

const clock: Golden[] = [
  {
    rule: 'the clock jumps only when idle: CPU work costs 0 virtual ms',
    code: lines$(
      "setTimeout(() => console.log('timer at ' + performance.now()), 1);",
      'const t0 = performance.now();',
      'let x = 0;',
      'for (let i = 0; i < 20_000_000; i++) x += i % 7;',
      "console.log('work took ' + (performance.now() - t0) + ' ms');",
    ),
    console: [[0, 'work took 0 ms'], [1, 'timer at 1']],
    virtualMs: 1,
  },
  {
    rule: 'Date and performance.now read the virtual clock (epoch 2025-01-01)',
    code: lines$(
      'console.log(new Date().toISOString());',
      'const start = Date.now();',
      'await sleep(1500);',
      'console.log(Date.now() - start, performance.now());',
      'await sleep(86_400_000 - 1500);',
      'console.log(new Date().toISOString());',
    ),
    console: [[0, '2025-01-01T00:00:00.000Z'], [1500, '1500 1500'], [86_400_000, '2025-01-02T00:00:00.000Z']],
    virtualMs: 86_400_000,
  },
  {
    rule: 'sleep(ms, value) resolves with the value after ms virtual ms',
    code: lines$("const v = await sleep(250, 'payload');", "console.log(v, performance.now());"),
    console: [[250, 'payload 250']],
    virtualMs: 250,
  },
  {
    rule: 'blockFor advances the clock while holding every task: due timers run after it',
    code: lines$(
      "setTimeout(() => console.log('timer due at 100 ran at ' + performance.now()), 100);",
      'blockFor(500);',
      "console.log('after block ' + performance.now());",
    ),
    console: [[500, 'after block 500'], [500, 'timer due at 100 ran at 500']],
    virtualMs: 500,
  },
  {
    rule: 'a plain script ends when nothing is scheduled, at its last timer',
    code: lines$("setTimeout(() => console.log('last'), 4200);", "console.log('first');"),
    console: [[0, 'first'], [4200, 'last']],
    virtualMs: 4200,
  },
  {
    rule: 'top-level await, and imports of "taskline" and "asyncio"',
    code: lines$(
      "import { sleep as tlSleep } from 'taskline';",
      "import asyncio from 'asyncio';",
      'await tlSleep(100);',
      'await asyncio.sleep(0.2);',
      "console.log('at ' + performance.now());",
    ),
    console: [[300, 'at 300']],
    virtualMs: 300,
  },
  {
    rule: "values print as Node's console.log prints them; error/warn go to stderr",
    code: lines$("console.log([30, 10, 20], { a: 1 }, 'bare', 5);", "console.log('%s=%d', 'x', 42);", "console.error('oops');"),
    console: [[0, "[ 30, 10, 20 ] { a: 1 } bare 5"], [0, 'x=42'], [0, 'oops']],
    virtualMs: 0,
  },
];

describe.each([
  ['ordering', ordering],
  ['virtual clock', clock],
])('golden: %s', (_group, table) => {
  it.for(table)('$rule', async ({ code, console: expected, virtualMs }, { expect }) => {
    const result = await runCode(code, { pool });
    expect(result.status, JSON.stringify(result.error)).toBe('ok');
    expect(lines(result)).toEqual(expected);
    expect(result.virtualMs).toBe(virtualMs);
  });
});

describe('golden: determinism and streams', () => {
  it('Math.random is seeded: two runs agree, values are in [0, 1) and not constant', async () => {
    const code = 'console.log([Math.random(), Math.random(), Math.random()].join(" "));';
    const [a, b] = await Promise.all([runCode(code, { pool }), runCode(code, { pool })]);
    expect(a.console[0]!.text).toBe(b.console[0]!.text);
    const values = a.console[0]!.text.split(' ').map(Number);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(new Set(values).size).toBe(3);
  });

  it('console.error and console.warn are stderr, the rest stdout', async () => {
    const r = await runCode("console.log('l'); console.info('i'); console.debug('d'); console.warn('w'); console.error('e');", { pool });
    expect(r.console.map((l) => [l.text, l.stream])).toEqual([
      ['l', 'stdout'], ['i', 'stdout'], ['d', 'stdout'], ['w', 'stderr'], ['e', 'stderr'],
    ]);
  });

  it('a blockFor shows as a blocking span of the task that called it', async () => {
    const r = await runCode('async function crunch() { await sleep(100); blockFor(400); }\nawait crunch();', { pool });
    const crunch = r.tasks.find((t) => t.name === 'crunch')!;
    expect(crunch.spans.filter((s) => s.kind !== 'running')).toEqual([
      { from: 0, to: 100, kind: 'waiting', detail: 'sleep(100)' },
      { from: 100, to: 500, kind: 'blocking', detail: 'blockFor(400)' },
    ]);
    expect(r.virtualMs).toBe(500);
  });
});
