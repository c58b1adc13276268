// The explorer records only what outcome grouping reads (stdout lines and the end event): checks
// that nothing else is built, and that the stdout it keeps is exactly a full run's, also where
// stderr output moves the console-bytes cut.
import { describe, expect, it } from 'vitest';
import ivm from 'isolated-vm';
import { IsolateRunner } from './isolate-runner.ts';
import { compileProgram } from '../transpile/index.ts';
import { executeRun } from '../sandbox/execute.ts';
import { runInIsolate } from '../sandbox/run-in-isolate.ts';
import { schedulerSnapshot } from '../sandbox/scheduler-snapshot.ts';
import { schedulerConfig } from '../sandbox/scheduler-config.ts';
import { MAX_CONSOLE_BYTES, MAX_CPU_MS, MAX_ISOLATE_MEMORY_MB, MAX_MACROTASKS, MAX_WALL_MS } from '../limits.ts';

/** Tasks, awaits, stderr, a never-awaited call and an unhandled-rejection warning: every kind of event. */
const BUSY = `
async function job(name: string) { await sleep(5); console.log(name); console.error("err " + name); return name; }
async function forgotten() { await sleep(1); }
forgotten();
await Promise.all([job("a"), job("b")]);
console.log({ done: true });
`;

function fullStdout(code: string): string[] {
  const chunks: string[] = [];
  executeRun(code, (c) => chunks.push(c));
  const events = chunks.flatMap((c) => JSON.parse(c) as unknown[][]);
  return events.filter((e) => e[0] === 'log' && e[2] === 'stdout').map((e) => e[3] as string);
}

describe('exploring records only the outcome', () => {
  it('a collecting run emits stdout log events and the end, nothing else', () => {
    const compiled = compileProgram(BUSY);
    if (!compiled.ok) throw new Error(compiled.error.message);
    const snapshot = schedulerSnapshot(false);
    const isolate = new ivm.Isolate({ memoryLimit: MAX_ISOLATE_MEMORY_MB, ...(snapshot ? { snapshot } : {}) });
    try {
      const script = isolate.compileScriptSync(compiled.program, { filename: 'main.js' });
      const events: unknown[][] = [];
      const out = runInIsolate({
        program: compiled.program,
        config: { ...schedulerConfig(), choices: { schedule: [], walkSeed: 0, jitter: 0, detail: false, collect: true } },
        cpuMs: MAX_CPU_MS, wallMs: MAX_WALL_MS, memoryMb: MAX_ISOLATE_MEMORY_MB, maxMacrotasks: MAX_MACROTASKS,
        shared: { isolate, script, fromSnapshot: snapshot !== null },
      }, (chunk) => events.push(...(JSON.parse(chunk) as unknown[][])));
      expect(out.hostStatus).toBe('ok');
      expect(events.map((e) => e.slice(0, 4))).toEqual([
        ['log', 5, 'stdout', 'a'], ['log', 5, 'stdout', 'b'], ['log', 5, 'stdout', '{ done: true }'], ['end', 'ok', 5, null],
      ]);
    } finally {
      isolate.dispose();
    }
  });

  it('the same program run in full has the events the explorer leaves out (so the check above can fail)', () => {
    const chunks: string[] = [];
    executeRun(BUSY, (c) => chunks.push(c));
    const kinds = new Set(chunks.flatMap((c) => JSON.parse(c) as unknown[][]).map((e) => e[0] === 'log' ? `log:${e[2]}` : e[0]));
    expect([...kinds].sort()).toEqual(['end', 'log:stderr', 'log:stdout', 'settle', 'state', 'task', 'warn']);
  });

  it('stderr still counts toward the console limit: stdout is cut exactly where a full run cuts it', () => {
    const line = 'x'.repeat(1_000);
    const code = `
setTimeout(() => console.log("tie 1"), 1); setTimeout(() => console.log("tie 2"), 1);
for (let i = 0; i < ${Math.ceil(MAX_CONSOLE_BYTES / 2 / 1_001)}; i++) console.error("${line}");
for (let i = 0; i < ${Math.ceil(MAX_CONSOLE_BYTES / 1_001)}; i++) console.log(i + "${line}");
`;
    const full = fullStdout(code);
    expect(full.at(-1)).toMatch(/…$/);
    const compiled = compileProgram(code);
    if (!compiled.ok) throw new Error(compiled.error.message);
    const runner = new IsolateRunner(compiled.program, compiled.mapPosition, 0);
    try {
      for (const prefix of [[], [1]]) expect(runner.run(prefix, 0).stdout).toEqual(full);
    } finally {
      runner.dispose();
    }
  });
});
