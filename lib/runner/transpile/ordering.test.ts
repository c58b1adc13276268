// Differential test: every corpus program prints the same lines instrumented (with fake hooks)
// as with types merely stripped, and the hook calls it makes are well formed.
import { describe, expect, it } from 'vitest';
import { ORDERING_CORPUS } from './ordering-corpus.ts';
import { runInstrumented, runPlain, type HookCall } from './test-harness.ts';

function exitsPerTask(calls: HookCall[]): Map<number, number> {
  const exits = new Map<number, number>();
  for (const c of calls) if (c.hook === 'task') exits.set(c.task!, 0);
  for (const c of calls) if (c.hook === 'exit') exits.set(c.task!, (exits.get(c.task!) ?? -99) + 1);
  return exits;
}

describe('instrumentation adds no ticks', () => {
  for (const [name, source] of Object.entries(ORDERING_CORPUS)) {
    it(name, async () => {
      const plain = await runPlain(source);
      const instrumented = await runInstrumented(source);
      expect(plain.log.length).toBeGreaterThan(3);
      expect(instrumented.error).toBe(plain.error);
      expect(instrumented.log).toEqual(plain.log);
      // Every task's body ends exactly once.
      for (const [task, count] of exitsPerTask(instrumented.calls)) expect({ task, count }).toEqual({ task, count: 1 });
      // Per task: an await is always followed by a resume (or the body's end), never by another await.
      expect(instrumented.calls.some((c) => c.hook === 'awaiting')).toBe(true);
      const last = new Map<number, string>();
      const hasGenerators = /async\s*(function\s*)?\*/.test(source);
      for (const c of instrumented.calls) {
        // Async generators await on behalf of whichever task drives them, so their awaits nest,
        // and may resume after that task has ended: the scheduler must tolerate both.
        if (c.hook === 'awaiting' && !hasGenerators) expect({ task: c.task, after: last.get(c.task!) }).not.toEqual({ task: c.task, after: 'awaiting' });
        last.set(c.task!, c.hook);
      }
      for (const [task, hook] of last) if (task !== 0 && !hasGenerators) expect({ task, hook }).toEqual({ task, hook: 'exit' });
    });
  }
});

describe('the differential check itself', () => {
  it('notices a hook that adds a tick per await', async () => {
    let differing = 0;
    for (const source of Object.values(ORDERING_CORPUS)) {
      const plain = await runPlain(source);
      const broken = await runInstrumented(source, { addTick: true });
      if (JSON.stringify(plain.log) !== JSON.stringify(broken.log)) differing++;
    }
    expect(differing).toBeGreaterThanOrEqual(6);
  });
});
