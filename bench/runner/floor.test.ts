// The bench's stand-ins for Taskline (the bare-isolate floor and the process-per-run row's virtual
// clock) must print what Taskline prints for the seed programs, or the comparison and the floor
// bench abort mid-run (seed 3's tutorial order broke both once asyncio fired due timers per round).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldenPool, stdoutOf } from '../../lib/runner/test-support/golden-pool.ts';
import { SEED_EXAMPLES, seedPath } from '../../lib/runner/corpus/seeds.ts';
import { floorProgram, runFloorOutput } from './floor.ts';
import { runNodeProcess } from './compare/node-process.ts';

const { run } = goldenPool();
const VIRTUAL_CLOCK = new URL('./compare/virtual-clock.ts', import.meta.url).pathname;

describe.each(Object.keys(SEED_EXAMPLES))('seed %s', (name) => {
  const source = readFileSync(seedPath(name), 'utf8');

  it('the bare-isolate floor prints exactly what Taskline prints', async () => {
    const taskline = stdoutOf(await run(source));
    expect(taskline.length).toBeGreaterThan(2);
    expect(runFloorOutput(floorProgram(source))).toEqual(taskline);
  });

  it('a node process with the virtual-clock preload prints exactly what Taskline prints', async () => {
    const taskline = stdoutOf(await run(source));
    expect(await runNodeProcess(['--import', VIRTUAL_CLOCK, seedPath(name)], 10_000)).toEqual(taskline);
  });
});
