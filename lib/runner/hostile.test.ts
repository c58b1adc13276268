// Hostile programs (hostile/*.ts, expected statuses in hostile/expected.json): each ends with the
// right status in bounded real time, keeps what it recorded, and the pool keeps serving afterwards.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxPool } from './pool/sandbox-pool.ts';
import { runCode } from './run-code.ts';
import { MAX_CONSOLE_BYTES, MAX_TRACE_EVENTS, MAX_VIRTUAL_MS, MAX_WALL_MS } from './limits.ts';
import type { RunResult, RunStatus, TaskTrace } from './protocol.ts';

const HOSTILE_DIR = path.join(import.meta.dirname, 'hostile');
const SEED_3 = path.join(import.meta.dirname, '..', '..', '..', 'shared', 'seed', '3_other_tasks.ts');
const expected = JSON.parse(readFileSync(path.join(HOSTILE_DIR, 'expected.json'), 'utf8')) as Record<string, RunStatus>;
const files = readdirSync(HOSTILE_DIR).filter((f) => f.endsWith('.ts')).sort();
const source = (file: string) => readFileSync(path.join(HOSTILE_DIR, file), 'utf8');
/** 1-based line of the first line of `file` containing `needle`. */
const lineOf = (file: string, needle: string) => source(file).split('\n').findIndex((l) => l.includes(needle)) + 1;
const texts = (r: RunResult) => r.console.map((l) => l.text);
const named = (r: RunResult, name: string) => r.tasks.filter((t: TaskTrace) => t.name === name);

/** The benign part every tampering program runs after sabotaging a built-in. */
function benignPartIsTracedCorrectly(r: RunResult): void {
  expect(r.console.map((l) => [l.t, l.text])).toEqual([[1000, 'b done'], [2000, 'a done'], [2000, 'a b']]);
  expect(r.virtualMs).toBe(2000);
  expect(named(r, 'main')).toMatchObject([{ createdAt: 0, settledAt: 2000, state: 'fulfilled' }]);
  const workers = named(r, 'worker');
  expect(workers.map((w) => [w.settledAt, w.state])).toEqual([[2000, 'fulfilled'], [1000, 'fulfilled']]);
  expect(workers.map((w) => w.spans.filter((s) => s.kind === 'waiting').map((s) => s.detail))).toEqual([['sleep(2000)'], ['sleep(1000)']]);
}

/** What each program must show beyond its status. */
const checks: Record<string, (r: RunResult, file: string) => void> = {
  'infinite_loop.ts': (r) => {
    expect(r.error?.name).toBe('TimeoutError');
    expect(texts(r)).toEqual(['spinning']); // output before the kill is kept
  },
  'await_loop.ts': (r) => {
    expect(r.error?.name).toBe('TimeoutError');
    expect(texts(r)).toEqual(['awaiting forever']);
    expect(r.virtualMs).toBe(0);
  },
  'microtask_loop.ts': (r) => {
    expect(r.error?.name).toBe('TimeoutError');
    expect(texts(r)).toEqual([]);
  },
  'memory_array.ts': (r) => {
    expect(r.error?.name).toBe('MemoryError');
    expect(texts(r)).toEqual(['allocating']);
  },
  'memory_doubling.ts': (r) => expect(r.error?.name).toBe('MemoryError'),
  'output_flood.ts': (r) => {
    expect(r.stats.truncated).toBe(true);
    expect(r.console[0]?.text).toBe('flood line 0');
    const bytes = r.console.reduce((n, l) => n + Buffer.byteLength(l.text) + 1, 0);
    expect(bytes).toBeLessThanOrEqual(MAX_CONSOLE_BYTES);
    expect(bytes).toBeGreaterThan(MAX_CONSOLE_BYTES / 2);
    // a prefix, in order, nothing lost in between; the last line keeps the start that fit, marked with …
    const lines = texts(r);
    lines.slice(0, -1).forEach((t, i) => expect(t).toBe(`flood line ${i}`));
    expect(lines.at(-1)!.endsWith('…') ? `flood line ${lines.length - 1}`.startsWith(lines.at(-1)!.slice(0, -1)) : lines.at(-1) === `flood line ${lines.length - 1}`).toBe(true);
    expect(r.warnings.some((w) => w.kind === 'truncated')).toBe(true);
  },
  'interval_1000_forever.ts': (r) => {
    expect(r.virtualMs).toBeLessThanOrEqual(MAX_VIRTUAL_MS);
    expect(r.virtualMs).toBeGreaterThan(MAX_VIRTUAL_MS - 1000);
  },
  'interval_1ms_forever.ts': (r) => expect(r.virtualMs).toBeLessThan(MAX_VIRTUAL_MS),
  'deep_recursion.ts': (r, f) => {
    expect(r.error).toMatchObject({ name: 'RangeError', line: lineOf(f, 'return dive(') });
    expect(texts(r)).toEqual(['diving']);
  },
  'block_past_limit.ts': (r) => {
    expect(texts(r)).toEqual(['blocking for 25 hours']);
    expect(r.virtualMs).toBeLessThanOrEqual(MAX_VIRTUAL_MS);
  },
  'escape_this_constructor.ts': (r, f) => {
    // `this` is not the host's: either no Function to reach, or a Function that sees no process
    expect(texts(r)).not.toContain('object');
    expect(r.error).toMatchObject({ name: 'ReferenceError', message: 'process is not defined', line: lineOf(f, 'this.constructor') });
  },
  'escape_function_constructor.ts': (r) => expect(texts(r)).toEqual(['undefined undefined undefined undefined', '[]']),
  'prepare_stack_trace.ts': (r, f) => {
    expect(r.error).toMatchObject({ name: 'Error', message: 'thrown after prepareStackTrace', line: lineOf(f, "throw new Error('thrown after") });
    expect(texts(r)).toEqual(['hooks reachable: false']);
  },
  'hooks_via_arguments.ts': (r) => {
    expect(texts(r)).toEqual([expect.not.stringContaining('task')]);
    expect(named(r, 'forged')).toEqual([]);
  },
  'tamper_array_push.ts': benignPartIsTracedCorrectly,
  'tamper_json.ts': benignPartIsTracedCorrectly,
  'tamper_promise.ts': benignPartIsTracedCorrectly,
  'tamper_console.ts': benignPartIsTracedCorrectly,
  'promise_species.ts': benignPartIsTracedCorrectly,
  'import_fs.ts': (r, f) => expect(r.error?.line).toBe(lineOf(f, "from 'fs'")),
  'dynamic_import.ts': (r, f) => expect(r.error?.line).toBe(lineOf(f, "import('fs')")),
  'require_fs.ts': (r, f) => {
    expect(r.error).toMatchObject({ name: 'ReferenceError', line: lineOf(f, "require('fs')") });
    expect(texts(r)).toEqual(['before require']);
  },
  'typeof_globals.ts': (r) => expect(texts(r)).toEqual([Array(5).fill('undefined').join(' '), Array(3).fill('undefined').join(' ')]),
  'throwing_getters.ts': (r) => expect(texts(r)).toEqual(['{ secret: [Getter], plain: 1 }', '2', 'still alive']),
  'proxy_console.ts': (r) => {
    expect(texts(r).at(-1)).toBe('still alive');
    expect(texts(r)).toHaveLength(3);
  },
  'trace_flood.ts': (r) => {
    expect(r.stats.truncated).toBe(true);
    // the limit counts recorded events; the truncation markers (warnings) always get through
    expect(r.stats.events).toBeLessThanOrEqual(MAX_TRACE_EVENTS + r.warnings.length);
    expect(r.warnings.some((w) => w.kind === 'truncated')).toBe(true);
  },
};

interface Outcome { result: RunResult; outsideMs: number }
const outcomes = new Map<string, Outcome>();
let pool: SandboxPool;

/**
 * Runs every program through the pool, two at a time, timing each from outside: from the moment
 * the pool hands it to a worker (runs leave the queue in FIFO order) until its result arrives.
 * Time spent queued behind a worker being replaced is not the program's.
 */
beforeAll(async () => {
  pool = new SandboxPool({ workerScript: path.join(import.meta.dirname, 'sandbox', 'worker.ts'), size: 2 });
  await Promise.all([runCode('1', { pool }), runCode('2', { pool })]); // both workers up
  const dispatchedAt: number[] = [];
  let submitted = 0;
  const watch = () => {
    for (let i = dispatchedAt.length; i < submitted - pool.queued; i++) dispatchedAt.push(performance.now());
  };
  const watcher = setInterval(watch, 2);
  const todo = [...files];
  const lane = async () => {
    for (let file = todo.shift(); file; file = todo.shift()) {
      const index = submitted++;
      const running = runCode(source(file), { pool });
      watch();
      const result = await running;
      watch();
      outcomes.set(file, { result, outsideMs: performance.now() - dispatchedAt[index]! });
    }
  };
  await Promise.all([lane(), lane()]);
  clearInterval(watcher);
}, 180_000);
afterAll(() => pool.close());

describe('hostile programs', () => {
  it('every program has an expected status and a check, and vice versa', () => {
    expect(Object.keys(expected).sort()).toEqual(files);
    expect(Object.keys(checks).sort()).toEqual(files);
  });

  it.each(files)('%s', (file) => {
    const outcome = outcomes.get(file);
    expect(outcome, `${file} did not run`).toBeDefined();
    const { result, outsideMs } = outcome!;
    const summary = JSON.stringify({ status: result.status, error: result.error, console: texts(result).slice(0, 5), warnings: result.warnings.slice(0, 3) });
    expect(result.status, summary).toBe(expected[file]);
    expect(outsideMs).toBeLessThan(MAX_WALL_MS + 1000);
    checks[file]!(result, file);
  });

  it('the pool still serves seed program 3 correctly afterwards', async () => {
    const result = await runCode(readFileSync(SEED_3, 'utf8'), { pool });
    expect(result.status).toBe('ok');
    expect(result.virtualMs).toBe(3000);
    expect(texts(result)).toEqual([
      'Get stock price of GOOG...', 'Get stock price of APPL...', 'API call is in progress...', 'API call is in progress...',
      '300', '300', 'API call is in progress...', 'It took 3 second(s) to complete.',
    ]);
  });
});
