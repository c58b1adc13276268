// The CPython oracle: every pair in corpus/asyncio (NN_name.py, NN_name.ts; the tutorial's seeds keep
// their TypeScript in examples/) runs under CPython on an exact virtual clock (virtual_loop.py) and in
// Taskline; stdout, the virtual end time and whether the run failed must be identical.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxPool } from './pool/sandbox-pool.ts';
import { runCode } from './run-code.ts';
import { SEED_TWINS } from './corpus/seeds.ts';

const run = promisify(execFile);
const CORPUS_DIR = path.join(import.meta.dirname, 'corpus', 'asyncio');
const ORACLE = path.join(CORPUS_DIR, 'virtual_loop.py');
const pairs = readdirSync(CORPUS_DIR).filter((f) => /^\d+_.*\.py$/.test(f)).map((f) => f.slice(0, -3)).sort();
/** A pair's TypeScript: beside its twin, or in examples/ for the tutorial's seeds. */
const typescriptOf = (name: string) => SEED_TWINS[name] ?? path.join(CORPUS_DIR, `${name}.ts`);
/** The issue asks for at least this many pairs. */
const MIN_PAIRS = 40;
/** A python3 start plus a short program; far above what one takes. */
const PYTHON_TIMEOUT_MS = 20_000;
const END_MARKER = /^@@virtual_ms (\d+)$/m;

interface Outcome { stdout: string; virtualMs: number; failed: boolean }

async function cpython(name: string): Promise<Outcome> {
  const file = path.join(CORPUS_DIR, `${name}.py`);
  let stdout = '', stderr = '', failed = false;
  try {
    ({ stdout, stderr } = await run('python3', [ORACLE, file], { cwd: CORPUS_DIR, timeout: PYTHON_TIMEOUT_MS }));
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; code?: number };
    if (typeof err.code !== 'number') throw e;
    ({ stdout = '', stderr = '' } = err);
    failed = true;
  }
  const end = END_MARKER.exec(stderr);
  if (!end) throw new Error(`${name}.py: no virtual end time on stderr:\n${stderr}`);
  return { stdout: stdout.replace(/\n$/, ''), virtualMs: Number(end[1]), failed };
}

/** CPython runs at once; each pair's test then only waits for its own. */
const PYTHON_PARALLEL = 2;
const cpythonRuns = new Map<string, Promise<Outcome>>();

/** One pair: a python3 process and a sandbox run, on a machine that may be busy with other suites. */
const PAIR_TIMEOUT_MS = 30_000;

let pool: SandboxPool;
beforeAll(async () => {
  pool = new SandboxPool({ workerScript: path.join(import.meta.dirname, 'sandbox', 'worker.ts'), size: 2 });
  const todo = [...pairs];
  const lanes = Array.from({ length: PYTHON_PARALLEL }, async () => {
    for (let name = todo.shift(); name; name = todo.shift()) {
      const run = cpython(name);
      cpythonRuns.set(name, run);
      await run.catch(() => {});
    }
  });
  void Promise.all(lanes);
  // Names not started yet get their promise when a lane reaches them; tests wait for it below.
  await Promise.all([runCode('1', { pool }), runCode('2', { pool })]); // both workers up
}, 120_000);

async function cpythonOutcome(name: string): Promise<Outcome> {
  while (!cpythonRuns.has(name)) await new Promise((r) => setTimeout(r, 20));
  return cpythonRuns.get(name)!;
}
afterAll(() => pool.close());

describe('the asyncio corpus', () => {
  it(`has at least ${MIN_PAIRS} pairs, each Python program with its TypeScript twin`, () => {
    expect(pairs.length).toBeGreaterThanOrEqual(MIN_PAIRS);
    for (const name of pairs) expect(readFileSync(path.join(CORPUS_DIR, `${name}.py`), 'utf8')).toMatch(/asyncio/);
    for (const name of pairs) expect(readFileSync(typescriptOf(name), 'utf8')).toMatch(/asyncio/);
    const typescript = readdirSync(CORPUS_DIR).filter((f) => /^\d+_.*\.ts$/.test(f)).map((f) => f.slice(0, -3));
    expect(typescript.filter((name) => !pairs.includes(name)), 'TypeScript without a Python twin').toEqual([]);
  });
});

// One Taskline run at a time: under a loaded machine (the whole suite) concurrent runs could
// wait past the pool's queue limit and come back "busy".
describe('Taskline prints what CPython prints, at the same virtual time', () => {
  it.for(pairs)('%s', { timeout: PAIR_TIMEOUT_MS }, async (name, { expect }) => {
    const result = await runCode(readFileSync(typescriptOf(name), 'utf8'), { pool });
    const theirs = await cpythonOutcome(name);
    const ours = result.console.filter((l) => l.stream === 'stdout').map((l) => l.text).join('\n');
    expect(ours).toBe(theirs.stdout);
    expect(result.virtualMs).toBe(theirs.virtualMs);
    expect(result.status !== 'ok', JSON.stringify(result.error)).toBe(theirs.failed);
  });
});
