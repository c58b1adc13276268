// Golden tests: real programs run through the sandbox, their traces read by computeInsights. Each
// row states the insight a learner must get (and hostile rows the ones they must not).
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxPool } from '../runner/pool/sandbox-pool.ts';
import { runCode } from '../runner/run-code.ts';
import { codeMarks, computeInsights, readyStretches } from './index.ts';

let pool: SandboxPool;
beforeAll(() => {
  pool = new SandboxPool({ workerScript: path.join(import.meta.dirname, '..', 'runner', 'sandbox', 'worker.ts'), size: 1 });
});
afterAll(() => pool.close());

const src = (...lines: string[]) => lines.join('\n');
const insightsOf = async (code: string) => {
  const result = await runCode(code, { pool });
  return { result, insights: computeInsights(result, code) };
};

const CALL_API = 'async function callApi(m: string, delay = 3) { await asyncio.sleep(delay); return m; }';

describe('sequential independent awaits', () => {
  it('three back-to-back calls: program takes 3 s instead of 9 s, lines 3–5', async () => {
    const { insights } = await insightsOf(src(
      CALL_API,
      'async function main() {',
      '  const a = await callApi("a");',
      '  const b = await callApi("b");',
      '  const c = await callApi("c");',
      '}',
      'asyncio.run(main());',
    ));
    const seq = insights.filter((i) => i.kind === 'sequential-awaits');
    expect(seq).toHaveLength(1);
    expect(seq[0].text).toContain('main awaits 3 calls one after another (lines 3, 4, 5)');
    expect(seq[0].text).toContain('the program takes 3 s instead of 9 s');
    expect(seq[0].savingMs).toBe(6000);
    expect([seq[0].fromMs, seq[0].toMs]).toEqual([0, 9000]);
  });

  it('an await inside a loop: one line, saving from the critical path (1+2+3 s → 3 s)', async () => {
    const { insights } = await insightsOf(src(
      'async function fetchItem(id: number) { await sleep(1000 * id); return id; }',
      'async function main() {',
      '  for (const id of [1, 2, 3]) {',
      '    await fetchItem(id);',
      '  }',
      '}',
      'await main();',
    ));
    const seq = insights.find((i) => i.kind === 'sequential-awaits')!;
    expect(seq.text).toContain('the await on line 4 runs once per loop pass');
    expect(seq.text).toContain('takes 3 s instead of 6 s');
    expect(seq.line).toBe(4);
  });

  it('hostile: tasks already running concurrently (createTask) get no such insight', async () => {
    const { insights } = await insightsOf(src(
      CALL_API,
      'async function main() {',
      '  const t1 = asyncio.createTask(callApi("a"));',
      '  const t2 = asyncio.createTask(callApi("b"));',
      '  await t1; await t2;',
      '}',
      'asyncio.run(main());',
    ));
    expect(insights.filter((i) => i.kind === 'sequential-awaits')).toEqual([]);
  });

  it('a wait between the calls splits them: no saving claimed across it', async () => {
    const { insights } = await insightsOf(src(
      CALL_API,
      'async function main() {',
      '  await callApi("a");',
      '  await asyncio.sleep(1);',
      '  await callApi("b");',
      '}',
      'asyncio.run(main());',
    ));
    expect(insights.filter((i) => i.kind === 'sequential-awaits')).toEqual([]);
  });
});

describe('tasks nobody awaited', () => {
  it('created but never awaited: asyncio.run cancelled it, with its creation and wait lines', async () => {
    const code = src(
      CALL_API,
      'async function main() {',
      '  asyncio.createTask(callApi("bg", 5));',
      '  await asyncio.sleep(1);',
      '}',
      'asyncio.run(main());',
    );
    const { result, insights } = await insightsOf(code);
    const cancelled = insights.find((i) => i.kind === 'cancelled-never-awaited')!;
    expect(cancelled.text).toMatch(/^callApi#1 was created \(created on line 3\) but never awaited, so asyncio\.run cancelled it at 1 s, still waiting on line 1/);
    expect(codeMarks(result, code, insights).map((m) => m.line)).toEqual(expect.arrayContaining([1, 3]));
  });

  it('a floating call that finished on its own: "missing await?" on its line', async () => {
    const code = src(
      'async function save() { await sleep(100); }',
      'async function main() {',
      '  save();',
      '  await sleep(500);',
      '}',
      'await main();',
    );
    const { result, insights } = await insightsOf(code);
    const missing = insights.find((i) => i.kind === 'missing-await')!;
    expect(missing.text).toContain('save() on line 3 was called but never awaited — missing `await`?');
    expect(codeMarks(result, code, insights)).toContainEqual({ line: 3, message: 'save() is never awaited — missing `await`?', severity: 'warning' });
  });

  it('a never-awaited task that throws: "Task exception was never retrieved" with task and line', async () => {
    const { insights } = await insightsOf(src(
      'async function boom() {',
      '  await asyncio.sleep(1);',
      '  throw new Error("disk full");',
      '}',
      'async function main() {',
      '  asyncio.createTask(boom());',
      '  await asyncio.sleep(2);',
      '}',
      'asyncio.run(main());',
    ));
    const ex = insights.find((i) => i.kind === 'task-exception')!;
    expect(ex.text).toContain('Task exception was never retrieved: boom#1 failed at 1 s (line 3)');
    expect(ex.line).toBe(3);
  });

  it('hostile: an awaited task that throws and is caught is not reported', async () => {
    const { insights } = await insightsOf(src(
      'async function boom() { await asyncio.sleep(1); throw new Error("x"); }',
      'async function main() {',
      '  const t = asyncio.createTask(boom());',
      '  try { await t; } catch { console.log("caught"); }',
      '}',
      'asyncio.run(main());',
    ));
    expect(insights.filter((i) => i.kind === 'task-exception')).toEqual([]);
  });
});

describe('blockFor and forEach', () => {
  it('blockFor blocked every task for 2 s, on its line, naming who was held up', async () => {
    const { result, insights } = await insightsOf(src(
      'async function ticker() { for (let i = 0; i < 4; i++) await asyncio.sleep(0.5); }',
      'async function crunch() {',
      '  await asyncio.sleep(1);',
      '  blockFor(2000);',
      '}',
      'asyncio.run(asyncio.gather(ticker(), crunch()));',
    ));
    const block = insights.find((i) => i.kind === 'block-for')!;
    expect(block.text).toContain('blockFor on line 4 in crunch blocked every task for 2 s, from 1 s to 3 s (ticker could not run until it ended)');
    const ticker = result.tasks.find((t) => t.name === 'ticker')!;
    // ticker's second sleep (from 0.5 s) ended at 1 s, as crunch's did, but crunch ran first and
    // blocked: ticker was woken at 1 s and resumed only at 3 s.
    expect(readyStretches(result.tasks)).toContainEqual({ taskId: ticker.id, from: 1000, to: 3000 });
    expect(readyStretches(result.tasks).filter((s) => s.taskId !== ticker.id)).toEqual([]);
  });

  it('forEach(async …) does not wait: caller finished at 0 s, callbacks ran until 3 s', async () => {
    const { insights } = await insightsOf(src(
      'async function fetchItem(id: number) { await sleep(1000 * id); }',
      'async function main() {',
      '  [1, 2, 3].forEach(async (id) => {',
      '    await fetchItem(id);',
      '  });',
      '}',
      'await main();',
    ));
    const fe = insights.filter((i) => i.kind === 'for-each-async');
    expect(fe).toHaveLength(1);
    expect(fe[0].text).toContain('forEach(async …) on line 3 does not wait: main started 3 callbacks and finished at 0 ms, while they ran until 3 s');
    expect(insights.filter((i) => i.kind === 'missing-await')).toEqual([]);
  });
});

describe('the CPU limit', () => {
  it('locates the loop that never awaits in the task that was running', async () => {
    const code = src(
      'async function ticker() { await sleep(10); }',
      'async function spin() {',
      '  let i = 0;',
      '  while (true) {',
      '    i++;',
      '  }',
      '}',
      'ticker();',
      'await spin();',
    );
    const { result, insights } = await insightsOf(code);
    expect(result.status).toBe('timeout');
    const cpu = insights.find((i) => i.kind === 'cpu-limit')!;
    expect(cpu.text).toContain('The CPU limit stopped spin#1 while it ran without awaiting (since 0 ms): it was in the loop on line 4');
    expect(result.error).toMatchObject({ name: 'TimeoutError', line: 4 });
    expect(codeMarks(result, code, insights).map((m) => m.line)).toContain(4);
  }, 30_000);
});
