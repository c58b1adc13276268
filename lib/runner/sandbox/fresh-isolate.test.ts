// Each run gets a fresh context: nothing a run leaves behind in its globals or built-ins is seen by
// the next one, even in the same isolate; an isolate serves the next run only after a clean ending,
// at most ISOLATE_MAX_RUNS times, and a run's result does not depend on which isolate it got.
import { describe, expect, it } from 'vitest';
import { defaultConfig, run, wrapProgram } from './test-support/instrument-by-hand.ts';
import { prepareSpareIsolate, runIsolateState, takeFreshIsolate, finishRun } from './fresh-isolate.ts';
import { runInIsolate } from './run-in-isolate.ts';
import { ISOLATE_MAX_RUNS, ISOLATE_REUSE_MAX_HEAP_MB } from '../limits.ts';

const MEMORY_MB = 64; // what run() uses by default
const isolateNow = () => runIsolateState()?.isolate;

/** Tampers with everything a context holds that a later run could read. */
const TAMPER = `
globalThis.leak = 'from run 1'; Array.prototype.leaked = 1; Object.prototype.polluted = 'yes';
JSON.parse = () => 'forged'; Error.stackTraceLimit = 0; Promise.prototype.then = function () { return 'forged'; };
Symbol.for('taskline.leak').description; Math.random = () => 0.5;
new Promise(() => {}); // pending forever
console.log(typeof globalThis.leak, typeof [].leaked);
`;
const PROBE = `console.log(typeof globalThis.leak, typeof [].leaked, typeof ({}).polluted, JSON.parse('1'), Error.stackTraceLimit, typeof Promise.resolve().then(() => 1).then, Math.random())`;

describe('fresh contexts, reused isolates', () => {
  it('a run never sees a global or a patched built-in from the previous run in the same isolate', () => {
    prepareSpareIsolate(MEMORY_MB, defaultConfig);
    const baseline = run(wrapProgram(PROBE));
    prepareSpareIsolate(MEMORY_MB, defaultConfig);
    const isolate = isolateNow();
    const first = run(wrapProgram(TAMPER));
    expect(first.lines).toEqual(['string number']);
    expect(first.hostStatus).toBe('ok');
    prepareSpareIsolate(MEMORY_MB, defaultConfig); // as the worker does between runs
    const second = run(wrapProgram(PROBE));
    expect(isolateNow()).toBe(isolate); // the same isolate served both runs
    expect(second.lines).toEqual(baseline.lines);
    expect(second.lines[0]).toMatch(/^undefined undefined undefined 1 10 function /);
  });

  it('hands out each context once: the spare goes to one run, the next run gets another', () => {
    prepareSpareIsolate(MEMORY_MB, defaultConfig);
    const a = takeFreshIsolate(MEMORY_MB, defaultConfig);
    const b = takeFreshIsolate(MEMORY_MB, defaultConfig);
    expect(a.context).not.toBe(b.context);
    finishRun(a, true);
    finishRun(b, true);
  });

  it('a run gets the same result in a new isolate and in one that served other runs', () => {
    const program = wrapProgram(`const xs = []; for (let i = 0; i < 5; i++) { await new Promise((r) => setTimeout(r, 10 * i)); xs.push(i * Math.random()); }; console.log(xs.join(','), performance.now(), new Date().toISOString())`);
    prepareSpareIsolate(MEMORY_MB, defaultConfig);
    const results = Array.from({ length: 6 }, () => run(program));
    const isolates = new Set<unknown>();
    for (let i = 0; i < 4; i++) { run(wrapProgram(TAMPER)); isolates.add(isolateNow()); }
    expect(isolates.size).toBe(1);
    results.push(run(program));
    for (const r of results) expect(JSON.stringify(r.events)).toBe(JSON.stringify(results[0]!.events));
  });

  it('an isolate is not reused after a run that timed out or hit the memory or macrotask limit', () => {
    for (const [program, opts] of [
      ['while (true) {}', { cpuMs: 100 }],
      ['const a = []; while (true) a.push(new Array(1e5).fill(1));', {}],
      ['setInterval(() => {}, 1);', { maxMacrotasks: 50 }],
    ] as const) {
      run(wrapProgram('console.log(1)'));
      const before = isolateNow();
      const r = run(wrapProgram(program), opts);
      expect(r.hostStatus).not.toBe('ok');
      run(wrapProgram('console.log(1)'));
      expect(isolateNow()).not.toBe(before);
    }
  });

  it(`an isolate serves at most ${ISOLATE_MAX_RUNS} runs`, () => {
    const uses = new Map<unknown, number>();
    for (let i = 0; i < 2 * ISOLATE_MAX_RUNS + 1; i++) {
      prepareSpareIsolate(MEMORY_MB, defaultConfig); // as the worker does between runs
      const isolate = isolateNow();
      expect(run(wrapProgram('console.log(1)')).hostStatus).toBe('ok');
      uses.set(isolate, (uses.get(isolate) ?? 0) + 1);
    }
    expect(uses.size).toBeGreaterThanOrEqual(2);
    expect(Math.max(...uses.values())).toBe(ISOLATE_MAX_RUNS);
  });

  it(`a run that leaves more than ${ISOLATE_REUSE_MAX_HEAP_MB} MB of heap is not followed in its isolate, and garbage never costs a later run its memory`, () => {
    run(wrapProgram('1'));
    const before = isolateNow();
    const big = run(wrapProgram(`globalThis.keep = new Array(${ISOLATE_REUSE_MAX_HEAP_MB * 2} * 1024 * 128).fill(1.5); console.log(keep.length)`));
    expect(big.hostStatus).toBe('ok');
    run(wrapProgram('1'));
    expect(isolateNow()).not.toBe(before);
    // Runs that each allocate ~40 MB and drop it: the garbage of one never counts against the next.
    for (let i = 0; i < 4; i++) {
      const r = run(wrapProgram(`let a = new Array(5 * 1024 * 1024).fill(2.5); console.log(a.length); a = null;`));
      expect(r.hostStatus).toBe('ok');
    }
  });

  it('programs with and without the web globals alternate without discarding each other\'s isolate', () => {
    const runWeb = (web: boolean) => runInIsolate({ program: wrapProgram(web ? 'console.log(typeof URL)' : 'console.log(1)'), config: defaultConfig, cpuMs: 2000, wallMs: 5000, memoryMb: MEMORY_MB, maxMacrotasks: 1000, webGlobals: web }, () => {});
    runWeb(false);
    runWeb(true);
    const plain = runIsolateState(MEMORY_MB, false)?.isolate, web = runIsolateState(MEMORY_MB, true)?.isolate;
    expect(plain).toBeDefined();
    expect(web).toBeDefined();
    expect(plain).not.toBe(web);
    for (let i = 0; i < 3; i++) { runWeb(false); runWeb(true); }
    expect(runIsolateState(MEMORY_MB, false)?.isolate).toBe(plain);
    expect(runIsolateState(MEMORY_MB, true)?.isolate).toBe(web);
  });

  it('leaves no scheduler helper globals for user code', () => {
    prepareSpareIsolate(MEMORY_MB, defaultConfig);
    const r = run(wrapProgram(`console.log(Object.getOwnPropertyNames(globalThis).filter((k) => k.startsWith('__tl')).join(',') || 'none')`));
    expect(r.lines).toEqual(['none']);
  });
});
