// The tutorial's seed programs (examples/, by corpus/seeds.ts) compile, and run under fake hooks with the tasks and
// awaits the timeline needs (asyncio faked with real 1 ms "seconds").
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileProgram } from './index.ts';
import { runInstrumented } from './test-harness.ts';
import { SEED_EXAMPLES, seedPath } from '../corpus/seeds.ts';

const seeds = Object.keys(SEED_EXAMPLES).sort();

/** Just enough of asyncio for the seeds: a second lasts 1 real ms. `run` remembers main's promise. */
let mainDone: Promise<unknown> = Promise.resolve();
const fakeAsyncio = {
  sleep: (s: number) => new Promise((resolve) => setTimeout(resolve, s)),
  run: (p: Promise<unknown>) => (mainDone = p),
  createTask: (p: Promise<unknown>) => p,
};

describe('seed programs', () => {
  it('are all present', () => expect(seeds).toHaveLength(3));
  for (const file of seeds) {
    it(`${file} compiles and runs with the expected tasks`, async () => {
      const source = fs.readFileSync(seedPath(file), 'utf8');
      const out = compileProgram(source);
      expect(out.ok).toBe(true);
      const run = await runInstrumented(source, { globals: { asyncio: fakeAsyncio, performance } });
      await mainDone; // the log and call arrays keep filling until main settles
      expect(run.error).toBeUndefined();
      expect(run.log.at(-1)).toMatch(/^It took \d+ second\(s\) to complete\.$/);
      const names = run.calls.filter((c) => c.hook === 'task').map((c) => c.name);
      const expected = {
        '1_sequential.ts': ['main', 'callApi', 'callApi'],
        '2_create_task.ts': ['main', 'callApi', 'callApi'],
        '3_other_tasks.ts': ['main', 'showMessage', 'callApi', 'callApi'],
      }[file];
      if (expected) expect(names).toEqual(expected);
      const texts = new Set(run.calls.filter((c) => c.hook === 'awaiting').map((c) => `${c.text}@${c.line}`));
      expect(texts).toContain('asyncio.sleep(delay)@3');
    });
  }
});
