// Host calls per run (the scheduler's step calls, see run-in-isolate.ts) stay bounded by what the
// program does: one per task step that runs program code, plus one per virtual instant, plus the
// closing call. Issue 10 doubled them for seed program 3 (6 → 12); this bound lets asyncio's
// one-entry-per-step rule stand but fails if steps start to grow with anything else.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileProgram } from '../transpile/index.ts';
import { runInIsolate } from './run-in-isolate.ts';
import { schedulerConfig } from './scheduler-config.ts';
import { seedPath } from '../corpus/seeds.ts';
import { MAX_CPU_MS, MAX_ISOLATE_MEMORY_MB, MAX_MACROTASKS, MAX_WALL_MS } from '../limits.ts';

type Event = [string, ...unknown[]];

function runCounting(code: string): { steps: number; events: Event[] } {
  const compiled = compileProgram(code);
  if (!compiled.ok) throw new Error(compiled.error.message);
  const events: Event[] = [];
  const out = runInIsolate(
    { program: compiled.program, config: schedulerConfig(), cpuMs: MAX_CPU_MS, wallMs: MAX_WALL_MS, memoryMb: MAX_ISOLATE_MEMORY_MB, maxMacrotasks: MAX_MACROTASKS },
    (chunk) => { events.push(...(JSON.parse(chunk) as Event[])); },
  );
  expect(out.hostStatus).toBe('ok');
  return { steps: out.steps, events };
}

/** Task steps that ran program code after the script's own (a 'running' state past the first) and distinct virtual instants. */
function budget(events: Event[]): { resumptions: number; instants: number } {
  const running = events.filter((e) => e[0] === 'state' && e[3] === 'running');
  const instants = new Set(running.map((e) => e[2]));
  return { resumptions: running.length - 1, instants: instants.size };
}

describe('host calls per run', () => {
  it('seed program 3 takes at most one step per task resumption plus one per virtual instant (12 today)', () => {
    const { steps, events } = runCounting(readFileSync(seedPath('3_other_tasks.ts'), 'utf8'));
    const { resumptions, instants } = budget(events);
    expect(instants).toBe(4); // 0, 1000, 2000 and 3000 virtual ms
    expect(steps).toBeLessThanOrEqual(resumptions + instants + 1);
    expect(steps).toBeLessThanOrEqual(12);
  });

  it('10,000 tasks sleeping to the same instant wake in steps bounded by their resumptions, not by timers', () => {
    const code = `
async function work(i: number) { await asyncio.sleep(1); return i; }
const tasks = [];
for (let i = 0; i < 2_000; i++) tasks.push(asyncio.createTask(work(i)));
console.log((await asyncio.gather(...tasks)).length);
`;
    const { steps, events } = runCounting(code);
    const { resumptions, instants } = budget(events);
    expect(steps).toBeLessThanOrEqual(resumptions + instants + 1);
  });

  it('plain promises and timers take one step per macrotask', () => {
    const code = `
for (let i = 0; i < 5; i++) setTimeout(() => Promise.resolve(i).then((v) => console.log(v)), i * 10);
await Promise.all([1, 2, 3].map(async (x) => x));
`;
    const { steps, events } = runCounting(code);
    expect(events.filter((e) => e[0] === 'log')).toHaveLength(5);
    // five timers and the closing call
    expect(steps).toBeLessThanOrEqual(6);
  });
});
