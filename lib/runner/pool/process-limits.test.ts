// The pool's process-level limits: what it reads from /proc, and the ending of a run whose worker
// it killed (RSS, CPU inside a built-in, a compile past the budget), with the CPU really used.
// The hostile corpus (builtin_*, rope_normalize, padend_512mb, compile_plus_chain) runs them for real.
import { describe, expect, it } from 'vitest';
import { processUsage } from './process-usage.ts';
import { endingForWorkerDeath } from './worker-exit.ts';
import { isHeavyRun } from './client-load.ts';
import { TraceAssembler } from '../trace-assembler.ts';
import { MAX_CPU_MS, MAX_WORKER_RSS_MB } from '../limits.ts';

const killed = { code: null, signal: 'SIGKILL' as const, stderrTail: '', wallMs: 2_600, killAfterMs: 6_000, cpuMs: 2_540 };

describe('process usage', () => {
  it('reads this process\'s CPU time and RSS, and null for a process that is gone', () => {
    const before = processUsage(process.pid)!;
    const until = performance.now() + 60;
    while (performance.now() < until) { /* burn CPU */ }
    const after = processUsage(process.pid)!;
    expect(after.cpuMs).toBeGreaterThan(before.cpuMs);
    expect(after.rssBytes).toBeGreaterThan(10 * 1024 * 1024);
    expect(Math.abs(after.rssBytes - process.memoryUsage.rss())).toBeLessThan(64 * 1024 * 1024);
    expect(processUsage(2 ** 22 + 12_345)).toBeNull();
  });
});

describe('a worker the pool killed', () => {
  it('over its RSS limit answers `memory` with the CPU used', () => {
    const ending = endingForWorkerDeath({ ...killed, killedFor: 'memory' });
    expect(ending).toMatchObject({ status: 'memory', cpuMs: 2_540, error: { name: 'MemoryError', message: `the program used more than ${MAX_WORKER_RSS_MB} MB of memory: the sandbox process was stopped` } });
  });

  it('past the CPU budget inside a built-in answers `timeout` with the CPU used (was 0)', () => {
    const ending = endingForWorkerDeath({ ...killed, killedFor: 'cpu' });
    expect(ending).toMatchObject({ status: 'timeout', cpuMs: 2_540, error: { name: 'TimeoutError' } });
    expect(ending.error?.message).toContain(`CPU limit of ${MAX_CPU_MS} ms`);
    // The wall deadline keeps its message but now reports real CPU too.
    expect(endingForWorkerDeath({ ...killed, wallMs: 6_000 }).cpuMs).toBe(2_540);
  });

  it('still compiling answers `limit` "took too long to compile", and marks the client heavy', () => {
    const ending = endingForWorkerDeath({ ...killed, killedFor: 'compile' });
    expect(ending).toMatchObject({ status: 'limit', error: { name: 'LimitError', message: expect.stringMatching(/^the program took too long to compile/) } });
    const result = new TraceAssembler().finish(ending);
    expect(isHeavyRun(result, killed.wallMs)).toBe(true);
  });
});
