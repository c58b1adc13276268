// timer-choices.ts takes a default choice without sorting the options (it counts them and picks
// the first by due time and creation). A detailed replay asks for every option's task, so it always
// sorts: both must take the same path, for timers and asyncio loop timers, with and without jitter.
import { describe, expect, it } from 'vitest';
import { run } from '../runner/sandbox/test-support/instrument-by-hand.ts';
import { compileProgram } from '../runner/transpile/index.ts';
import type { ChooserConfig } from './abi.ts';

/** setTimeout ties, near ties under jitter, and asyncio tasks whose sleeps start rounds (loop timers). */
const MIXED = `
import asyncio from "asyncio";
for (let i = 0; i < 6; i++) setTimeout(() => console.log("t" + i), 10 + (i % 3));
async function worker(name: string, s: number) {
  for (let k = 0; k < 3; k++) { await asyncio.sleep(s); console.log(name + k); }
}
async function main() {
  await asyncio.gather(worker("a", 0.01), worker("b", 0.01), worker("c", 0.011), worker("d", 0.012));
}
setTimeout(() => console.log("late"), 25);
await asyncio.run(main());
`;

/** The choices a run made: options at each point and the index taken (not the detail). */
const made = (json: string | undefined) => {
  const { n, c } = JSON.parse(json ?? 'null') as { n: number[]; c: number[] };
  return { n, c };
};

function both(program: string, choices: Omit<ChooserConfig, 'detail'>) {
  const fast = run(program, { choices: { ...choices, detail: false } });
  const sorted = run(program, { choices: { ...choices, detail: true } });
  return { fast, sorted };
}

describe('a default choice without sorting', () => {
  const compiled = compileProgram(MIXED);
  if (!compiled.ok) throw new Error(compiled.error.message);
  const program = compiled.program;

  for (const jitter of [0, 0.2]) {
    it(`takes the path a fully sorted choice takes (jitter ${jitter}): walks, and prefixes then defaults`, () => {
      let points = 0;
      for (let seed = 1; seed <= 6; seed++) {
        const walk = both(program, { schedule: [], walkSeed: seed, jitter, pctDepth: seed % 2 === 0 ? 3 : 0 });
        expect(walk.fast.stdout).toEqual(walk.sorted.stdout);
        expect(made(walk.fast.choicesJson)).toEqual(made(walk.sorted.choicesJson));
        const path = made(walk.sorted.choicesJson).c;
        points += path.length;
        // The walk's path cut short: the rest is all default choices, the unsorted fast path.
        for (const cut of [0, 1, path.length >> 1]) {
          const tail = both(program, { schedule: path.slice(0, cut), walkSeed: 0, jitter });
          expect(tail.fast.stdout).toEqual(tail.sorted.stdout);
          expect(made(tail.fast.choicesJson)).toEqual(made(tail.sorted.choicesJson));
          expect(tail.fast.events.at(-1)).toEqual(tail.sorted.events.at(-1));
        }
      }
      // The program really has choices (so the comparison can fail).
      expect(points).toBeGreaterThan(6 * 3);
    });
  }
});
