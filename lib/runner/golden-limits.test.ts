// Golden tests for errors and limits: TypeScript positions of errors, and every status a run can end
// with (compile-error, error, timeout, memory, limit, truncation, crash, busy), through runCode.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxPool } from './pool/sandbox-pool.ts';
import { runCode } from './run-code.ts';
import { MAX_CODE_BYTES, MAX_CONSOLE_BYTES, MAX_CPU_MS, MAX_TRACE_EVENTS, MAX_VIRTUAL_MS, MAX_WALL_MS } from './limits.ts';
import type { RunResult, RunStatus } from './protocol.ts';

const WORKER = path.join(import.meta.dirname, 'sandbox', 'worker.ts');
let pool: SandboxPool;
beforeAll(() => {
  pool = new SandboxPool({ workerScript: WORKER, size: 2 });
});
afterAll(() => pool.close());

const src = (...code: string[]) => code.join('\n');
const texts = (r: RunResult) => r.console.map((l) => l.text);

interface Golden { rule: string; code: string; status: RunStatus; check: (r: RunResult) => void }

const errors: Golden[] = [
  {
    rule: 'a throw in type-annotated TypeScript reports its own line and column (7:9)',
    code: src(
      'interface Point { x: number; y: number }',
      'type Checked<T extends Point> = T & { ok: true };',
      'function check<T extends Point>(p: T): Checked<T> {',
      '  const { x }: { x: number } = p as unknown as { x: number };',
      '  if (x >= 0) return { ...p, ok: true } as Checked<T>;',
      '  const message: string = `negative x: ${x}`;',
      '  throw new RangeError(message);',
      '}',
      'console.log(check<Point>({ x: 1, y: 2 }).ok);',
      'check({ x: -1, y: 0 } as Point);',
    ),
    status: 'error',
    check: (r) => {
      expect(r.error).toEqual({ name: 'RangeError', message: 'negative x: -1', line: 7, column: 9 });
      expect(texts(r)).toEqual(['true']);
    },
  },
  {
    rule: 'an error thrown after awaits in an async function maps to its TS position',
    code: src(
      'async function load(id: number): Promise<string> {',
      '  await sleep(100);',
      '  const table: Record<number, string> = {};',
      '  return table[id]!.toUpperCase();',
      '}',
      'await load(7);',
    ),
    status: 'error',
    check: (r) => {
      expect(r.error).toMatchObject({ name: 'TypeError', line: 4 });
      expect(r.error!.column).toBeGreaterThan(0);
      expect(r.virtualMs).toBe(100);
      expect(r.tasks.find((t) => t.name === 'load')).toMatchObject({ state: 'rejected', settledAt: 100 });
    },
  },
  {
    rule: 'an uncaught throw in a timer callback ends the run like Node, at that time',
    code: src('setTimeout(() => {', '  throw new Error("from timer");', '}, 250);', 'setTimeout(() => console.log("never"), 500);'),
    status: 'error',
    check: (r) => {
      expect(r.error).toMatchObject({ name: 'Error', message: 'from timer', line: 2, column: 9 });
      expect(r.virtualMs).toBe(250);
      expect(texts(r)).toEqual([]);
    },
  },
  {
    rule: 'a syntax error is a compile-error naming its line',
    code: src('const ok = 1;', 'const broken = ;', 'console.log(ok);'),
    status: 'compile-error',
    check: (r) => {
      expect(r.error?.line).toBe(2);
      expect(r.console).toEqual([]);
    },
  },
  {
    rule: 'an import of anything but "taskline"/"asyncio" is a compile-error naming its line',
    code: src('import { sleep } from "taskline";', 'import path from "node:path";', 'console.log(path);'),
    status: 'compile-error',
    check: (r) => expect(r.error?.line).toBe(2),
  },
  {
    rule: 'identifiers with the reserved __tl prefix are a compile-error',
    code: src('const x = 1;', 'const __tl_step = () => "forged";', 'console.log(__tl_step());'),
    status: 'compile-error',
    check: (r) => expect(r.error?.line).toBe(2),
  },
];

const limits: Golden[] = [
  {
    rule: `timeout: CPU-bound work past ${MAX_CPU_MS} ms of CPU, keeping the output before it`,
    code: src('console.log("start");', 'await sleep(10);', 'for (;;) {}'),
    status: 'timeout',
    check: (r) => {
      expect(r.error?.name).toBe('TimeoutError');
      expect(texts(r)).toEqual(['start']);
      expect(r.virtualMs).toBe(10);
      expect(r.stats.wallMs).toBeLessThan(MAX_WALL_MS + 1000);
    },
  },
  {
    rule: 'memory: a heap bomb ends with status memory',
    code: src('const base = "x".repeat(8 * 1024 * 1024);', 'const keep: string[] = [];', 'for (let i = 0; ; i++) keep.push(`${i}${base}`.toUpperCase());'),
    status: 'memory',
    check: (r) => expect(r.error?.name).toBe('MemoryError'),
  },
  {
    rule: 'limit: a sleep past 24 h of virtual time',
    code: src('console.log("going to sleep");', 'await sleep(25 * 3600 * 1000);', 'console.log("never");'),
    status: 'limit',
    check: (r) => {
      expect(texts(r)).toEqual(['going to sleep']);
      expect(r.virtualMs).toBeLessThanOrEqual(MAX_VIRTUAL_MS);
      expect(r.warnings.some((w) => w.kind === 'limit')).toBe(true);
    },
  },
  {
    rule: 'limit: 23 h of sleep is fine, one more hour of blockFor is not',
    code: src('await sleep(23 * 3600 * 1000);', 'console.log("23 h");', 'blockFor(2 * 3600 * 1000);', 'console.log("never");'),
    status: 'limit',
    check: (r) => expect(texts(r)).toEqual(['23 h']),
  },
  {
    rule: `console output past ${MAX_CONSOLE_BYTES / 1024} KiB is truncated with a marker; the run goes on`,
    code: src('const line = "y".repeat(1023);', 'for (let i = 0; i < 400; i++) console.log(line);', 'await sleep(5);', 'console.log("after");'),
    status: 'ok',
    check: (r) => {
      expect(r.stats.truncated).toBe(true);
      expect(r.warnings.some((w) => w.kind === 'truncated')).toBe(true);
      const bytes = r.console.reduce((n, l) => n + Buffer.byteLength(l.text) + 1, 0);
      expect(bytes).toBeLessThanOrEqual(MAX_CONSOLE_BYTES);
      expect(r.console.length).toBeGreaterThanOrEqual(MAX_CONSOLE_BYTES / 1024 - 2);
      expect(r.virtualMs).toBe(5);
    },
  },
  {
    rule: `the trace past ${MAX_TRACE_EVENTS} events is truncated with a marker; the run completes`,
    code: src('async function tick(i: number) { await null; return i; }', 'let sum = 0;', 'for (let i = 0; i < 15000; i++) sum += await tick(i);', 'console.log(sum);'),
    status: 'ok',
    check: (r) => {
      expect(r.stats.truncated).toBe(true);
      expect(r.warnings.some((w) => w.kind === 'truncated')).toBe(true);
      expect(r.stats.events).toBeLessThanOrEqual(MAX_TRACE_EVENTS);
      expect(r.tasks.length).toBeLessThan(15000);
      // the program's output survives a truncated trace
      expect(texts(r)).toEqual([String((14999 * 15000) / 2)]);
    },
  },
];

describe.each([
  ['errors carry TypeScript positions', errors],
  ['limits and statuses', limits],
])('golden: %s', (_group, table) => {
  it.for(table)('$rule', async ({ code, status, check }) => {
    const result = await runCode(code, { pool });
    expect(result.status, JSON.stringify({ error: result.error, console: texts(result).slice(0, 3) })).toBe(status);
    check(result);
  });
});

describe('golden: refusals and sandbox failures', () => {
  it(`limit: code over ${MAX_CODE_BYTES / 1024} KiB is refused before any sandbox runs it`, async () => {
    const code = `console.log("x");\n${'// padding padding padding padding padding padding padding\n'.repeat(1200)}`;
    expect(Buffer.byteLength(code)).toBeGreaterThan(MAX_CODE_BYTES);
    const result = await runCode(code, { pool });
    expect(result).toMatchObject({ status: 'limit', console: [], tasks: [], error: { name: 'CodeTooLarge' } });
  });

  it('crash: a worker killed mid-run reports crash, and the next run is fine', async () => {
    const crashPool = new SandboxPool({ workerScript: WORKER, size: 1 });
    try {
      await runCode('console.log("warm")', { pool: crashPool }); // the worker is up and idle
      const [pid] = crashPool.workerPids();
      const running = runCode(src('console.log("before the crash");', 'for (;;) {}'), { pool: crashPool });
      await new Promise((r) => setTimeout(r, 300));
      process.kill(pid!, 'SIGKILL');
      const crashed = await running;
      expect(crashed.status).toBe('crash');
      expect(crashed.error?.message).toMatch(/died|SIGKILL/);
      const after = await runCode('await sleep(3000); console.log("fine")', { pool: crashPool });
      expect(after).toMatchObject({ status: 'ok', virtualMs: 3000 });
      expect(texts(after)).toEqual(['fine']);
      expect(crashPool.workerPids()).not.toContain(pid);
    } finally {
      await crashPool.close();
    }
  }, 60_000);

  it('busy: a full queue answers busy at once instead of growing', async () => {
    const busyPool = new SandboxPool({ workerScript: WORKER, size: 1, maxQueued: 1 });
    try {
      await runCode('1', { pool: busyPool });
      const long = 'let x = 0; for (let i = 0; i < 3e7; i++) x += i; console.log("done");';
      const started = performance.now();
      const timed = [1, 2, 3, 4].map(() => runCode(long, { pool: busyPool }).then((r) => ({ r, ms: performance.now() - started })));
      const results = await Promise.all(timed);
      const busy = results.filter(({ r }) => r.status === 'busy');
      expect(results.map(({ r }) => r.status === 'busy')).toEqual([false, false, true, true]);
      for (const { r, ms } of busy) {
        expect(ms).toBeLessThan(100);
        expect(r.error?.name).toBe('BusyError');
      }
    } finally {
      await busyPool.close();
    }
  }, 60_000);
});
