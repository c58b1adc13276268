// The isolate prepared ahead of a run is fresh for that run only: nothing a run leaves behind in
// its globals or built-ins is seen by the next one, and the snapshot's helper global is gone.
import { describe, expect, it } from 'vitest';
import { defaultConfig, run, wrapProgram } from './test-support/instrument-by-hand.ts';
import { prepareSpareIsolate, takeFreshIsolate } from './fresh-isolate.ts';

const MEMORY_MB = 64; // what run() uses by default

describe('fresh isolates', () => {
  it('a run never sees a global or a patched built-in from the previous run', () => {
    prepareSpareIsolate(MEMORY_MB, defaultConfig);
    const first = run(wrapProgram(`globalThis.leak = 'from run 1'; Array.prototype.leaked = 1; console.log(typeof globalThis.leak, typeof [].leaked);`));
    expect(first.lines).toEqual(['string number']);
    prepareSpareIsolate(MEMORY_MB, defaultConfig); // as the worker does between runs
    const second = run(wrapProgram(`console.log(typeof globalThis.leak, typeof [].leaked);`));
    expect(second.lines).toEqual(['undefined undefined']);
  });

  it('hands out each isolate once: the spare goes to one run, the next run gets another', () => {
    prepareSpareIsolate(MEMORY_MB, defaultConfig);
    const a = takeFreshIsolate(MEMORY_MB, defaultConfig);
    const b = takeFreshIsolate(MEMORY_MB, defaultConfig);
    expect(a.isolate).not.toBe(b.isolate);
    a.isolate.dispose();
    b.isolate.dispose();
  });

  it('does not use a spare made for another configuration', () => {
    prepareSpareIsolate(MEMORY_MB, { ...defaultConfig, seed: 1 });
    const r = run(wrapProgram(`console.log(Math.random())`), { seed: 2 });
    const again = run(wrapProgram(`console.log(Math.random())`), { seed: 2 }); // no spare this time
    const other = run(wrapProgram(`console.log(Math.random())`), { seed: 1 });
    expect(r.lines).toEqual(again.lines);
    expect(r.lines).not.toEqual(other.lines);
  });

  it('leaves no scheduler helper globals for user code', () => {
    prepareSpareIsolate(MEMORY_MB, defaultConfig);
    const r = run(wrapProgram(`console.log(Object.getOwnPropertyNames(globalThis).filter((k) => k.startsWith('__tl')).join(',') || 'none')`));
    expect(r.lines).toEqual(['none']);
  });
});
