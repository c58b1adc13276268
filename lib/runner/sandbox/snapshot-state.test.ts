// Hostile: the scheduler is installed once, in the startup snapshot (scheduler-snapshot.ts), so every
// run must start from exactly the state a fresh install gives, however the previous run tampered.
// A program prints a fingerprint of the realm, then tampers with it; every way of starting agrees.
import ivm from 'isolated-vm';
import { describe, expect, it } from 'vitest';
import { compileProgram } from '../transpile/index.ts';
import { runInIsolate, type SharedIsolate } from './run-in-isolate.ts';
import { schedulerConfig } from './scheduler-config.ts';
import { schedulerSnapshot } from './scheduler-snapshot.ts';
import { MAX_CPU_MS, MAX_ISOLATE_MEMORY_MB, MAX_MACROTASKS, MAX_WALL_MS } from '../limits.ts';

const FINGERPRINT_THEN_TAMPER = `
const g = globalThis as any;
const keys = (o: any) => Reflect.ownKeys(o).map((k) => {
  const d = Reflect.getOwnPropertyDescriptor(o, k)!;
  const kind = 'value' in d ? typeof d.value + (d.writable ? 'w' : '') : 'accessor';
  return String(k) + ':' + kind + (d.enumerable ? 'e' : '') + (d.configurable ? 'c' : '');
}).join(',');
const held = [g, Math, Promise, Promise.prototype, Error, Array.prototype, Object.prototype, Function.prototype,
  console, Date, JSON, Reflect, Symbol, RegExp, String.prototype, Intl];
console.log(JSON.stringify([
  held.map(keys), [Math.random(), Math.random()], Date.now(), new Date().toISOString(), performance.now(),
  typeof g.Atomics, typeof g.WebAssembly, typeof g.SharedArrayBuffer, typeof g.WeakRef, typeof g.FinalizationRegistry,
  typeof Error.prepareStackTrace, Error.stackTraceLimit, eval.name, String(setTimeout).length,
  Object.isFrozen(Array.prototype), typeof g.process, typeof g.structuredClone,
]));
const t = (f: () => void) => { try { f(); } catch { /* refused */ } };
t(() => { g.leak = 1; });
t(() => { (Array.prototype as any).leak = 'array'; });
t(() => { Math.random = () => 0.5; });
t(() => { Date.now = () => 0; });
t(() => { Error.stackTraceLimit = 0; });
t(() => { (Error as any).prepareStackTrace = () => 'x'; });
t(() => { (console as any).log = () => {}; });
t(() => { delete g.setTimeout; });
t(() => { Object.freeze(Array.prototype); });
t(() => { const then = Promise.prototype.then; Promise.prototype.then = function (this: any, ...a: any[]) { return then.apply(this, a as any); }; });
`;

function program(): string {
  const compiled = compileProgram(FINGERPRINT_THEN_TAMPER);
  if (!compiled.ok) throw new Error(compiled.error.message);
  return compiled.program;
}

/** The fingerprint line a run printed. */
function run(shared?: SharedIsolate): string {
  const lines: string[] = [];
  const out = runInIsolate(
    { program: program(), config: schedulerConfig(), cpuMs: MAX_CPU_MS, wallMs: MAX_WALL_MS, memoryMb: MAX_ISOLATE_MEMORY_MB, maxMacrotasks: MAX_MACROTASKS, shared },
    (chunk) => {
      for (const e of JSON.parse(chunk) as unknown[][]) if (e[0] === 'log' && e[2] === 'stdout') lines.push(e[3] as string);
    },
  );
  expect(out.hostStatus).toBe('ok');
  expect(lines).toHaveLength(1);
  return lines[0];
}

function inOneIsolate(fromSnapshot: boolean, runs: number): string[] {
  const snapshot = fromSnapshot ? schedulerSnapshot() : null;
  if (fromSnapshot) expect(snapshot).not.toBeNull();
  const isolate = new ivm.Isolate({ memoryLimit: MAX_ISOLATE_MEMORY_MB, ...(snapshot ? { snapshot } : {}) });
  try {
    const script = isolate.compileScriptSync(program(), { filename: 'main.js' });
    return Array.from({ length: runs }, () => run({ isolate, script, fromSnapshot }));
  } finally {
    isolate.dispose();
  }
}

describe('a run starts from the installed scheduler of the snapshot, as from a fresh install', () => {
  it('prints the same fingerprint from the snapshot, from a fresh install, and after tampering runs', () => {
    const reference = inOneIsolate(false, 1)[0];
    const parsed = JSON.parse(reference) as unknown[];
    // The per-run step (configure) removed these and seeded Math.random.
    expect(parsed.slice(5, 10)).toEqual(['undefined', 'undefined', 'undefined', 'undefined', 'undefined']);
    expect(parsed[10]).toBe('undefined');
    // Worker runs: each a new isolate from the snapshot.
    expect(run()).toBe(reference);
    expect(run()).toBe(reference);
    // Contexts of one isolate (the explorer's way), after tampering contexts, from either start.
    expect(inOneIsolate(true, 3)).toEqual([reference, reference, reference]);
    expect(inOneIsolate(false, 2)).toEqual([reference, reference]);
  });
});
