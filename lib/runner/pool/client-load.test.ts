// Heavy clients on a fake clock: what marks a client heavy, for how long, and what it may start.
import { describe, expect, it } from 'vitest';
import { ClientLoad, heavyWorkerCap } from './client-load.ts';
import { ANONYMOUS_CLIENT } from './fair-queue.ts';
import { HEAVY_CLIENT_PENALTY_MS, HEAVY_RUN_CPU_MS, HEAVY_RUN_WALL_MS } from '../limits.ts';
import type { RunResult, RunStatus } from '../protocol.ts';

const result = (status: RunStatus, cpuMs = 9): RunResult => ({
  status, virtualMs: 0, console: [], tasks: [], warnings: [], stats: { wallMs: cpuMs, cpuMs, events: 0, truncated: false },
});

function clocked(size: number) {
  const clock = { now: 0 };
  return { clock, load: new ClientLoad(size, () => clock.now) };
}

/** Runs one job for `client` taking `ms` on the fake clock. */
function runFor(t: ReturnType<typeof clocked>, client: string, ms: number, r: RunResult): void {
  const startedAt = t.load.started(client);
  t.clock.now += ms;
  t.load.finished(client, startedAt, r);
}

describe('ClientLoad', () => {
  it('a cheap run leaves its client light; a run stopped at a limit makes it heavy', () => {
    const t = clocked(2);
    runFor(t, 'user', 9, result('ok'));
    runFor(t, 'user', 9, result('error'));
    expect(t.load.isHeavy('user')).toBe(false);
    for (const status of ['timeout', 'memory', 'crash'] as const) {
      const other = clocked(2);
      runFor(other, 'attacker', 9, result(status));
      expect(other.load.isHeavy('attacker'), status).toBe(true);
    }
  });

  it('burning CPU or real time past the thresholds makes a client heavy even when the run ends ok', () => {
    const cpu = clocked(2);
    runFor(cpu, 'a', 9, result('ok', HEAVY_RUN_CPU_MS + 1));
    expect(cpu.load.isHeavy('a')).toBe(true);
    const wall = clocked(2);
    runFor(wall, 'b', HEAVY_RUN_WALL_MS + 1, result('ok'));
    expect(wall.load.isHeavy('b')).toBe(true);
  });

  it('a run still going past the wall threshold makes its client heavy before it ends', () => {
    const t = clocked(4);
    t.load.started('spinner');
    expect(t.load.mayStart('spinner')).toBe(true);
    t.clock.now += HEAVY_RUN_WALL_MS;
    expect(t.load.isHeavy('spinner')).toBe(true);
    expect(t.load.mayStart('spinner')).toBe(false);
  });

  it('a heavy client holds one worker at most; a light client is not held back', () => {
    const t = clocked(4);
    runFor(t, 'attacker', 2000, result('timeout'));
    t.load.started('attacker');
    t.load.started('user');
    t.load.started('user');
    expect(t.load.mayStart('attacker')).toBe(false);
    expect(t.load.mayStart('user')).toBe(true);
  });

  it('heavy clients together hold at most half the pool (at least one worker)', () => {
    expect([1, 2, 3, 4, 8].map(heavyWorkerCap)).toEqual([1, 1, 1, 2, 4]);
    const t = clocked(2);
    for (const a of ['a1', 'a2']) runFor(t, a, 2000, result('timeout'));
    expect(t.load.mayStart('a1')).toBe(true);
    t.load.started('a1');
    expect(t.load.mayStart('a2')).toBe(false);
    expect(t.load.mayStart('someone-else')).toBe(true);
  });

  it('a heavy client is light again once the penalty has passed without heavy runs', () => {
    const t = clocked(2);
    runFor(t, 'attacker', 9, result('crash'));
    t.clock.now += HEAVY_CLIENT_PENALTY_MS - 1;
    expect(t.load.isHeavy('attacker')).toBe(true);
    t.clock.now += 1;
    expect(t.load.isHeavy('attacker')).toBe(false);
  });

  it('never marks the anonymous client (CLI, tests, benchmarks) heavy', () => {
    const t = clocked(2);
    runFor(t, ANONYMOUS_CLIENT, 5000, result('timeout', 2000));
    t.load.started(ANONYMOUS_CLIENT);
    t.clock.now += HEAVY_RUN_WALL_MS * 2;
    expect(t.load.isHeavy(ANONYMOUS_CLIENT)).toBe(false);
    expect(t.load.mayStart(ANONYMOUS_CLIENT)).toBe(true);
  });
});
