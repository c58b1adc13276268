// What the programs that defeat isolated-vm's own limits must show: V8 built-ins that never check
// its timeout, and memory allocated outside its heap limit. The pool's process-level limits stop them.
import { expect } from 'vitest';
import { MAX_WORKER_RSS_MB } from '../limits.ts';
import type { RunResult } from '../protocol.ts';
import { type Check, texts } from './_harness.ts';

/**
 * A built-in that ignores isolated-vm's timeout: the pool kills the worker at the CPU budget plus
 * its margin (or at the wall deadline on a loaded machine), reports the CPU really used, and keeps
 * the line printed before.
 */
const uninterruptible = (before: string) => (r: RunResult) => {
  expect(r.error?.name).toBe('TimeoutError');
  expect(r.error?.message).toMatch(/CPU limit of \d+ ms|did not finish within \d+ ms and was stopped/);
  expect(r.stats.cpuMs).toBeGreaterThan(0);
  expect(texts(r)).toEqual([before]);
};
/** Memory past the worker's RSS limit (MAX_WORKER_RSS_MB), outside the isolate's heap: the process is stopped. */
const workerRss = (r: RunResult) => {
  expect(r.error?.name).toBe('MemoryError');
  expect(r.error?.message).toMatch(new RegExp(`more than ${MAX_WORKER_RSS_MB} MB of memory: the sandbox process was stopped|memory limit|ran out of memory`));
};

export const processChecks: Record<string, Check> = {
  'builtin_indexof_holes.ts': uninterruptible('searching'),
  'builtin_includes_holes.ts': uninterruptible('searching'),
  'builtin_lastindexof_holes.ts': uninterruptible('searching'),
  'rejection_message_spin.ts': uninterruptible('rejecting'),
  'builtin_sort_3e6.ts': (r) => {
    if (r.status === 'memory') workerRss(r);
    else uninterruptible('sorting')(r);
  },
  'builtin_fill_1e9.ts': (r) => {
    if (r.status === 'memory') workerRss(r);
    else uninterruptible('filling')(r);
  },
  'rope_normalize.ts': (r) => {
    workerRss(r);
    expect(texts(r)).toEqual(['rope 268435456']);
  },
  'padend_512mb.ts': (r) => {
    workerRss(r);
    expect(texts(r)).toEqual([]);
  },
  'compile_plus_chain.ts': (r) => {
    expect(r.error?.name).toBe('LimitError');
    expect(r.error?.message).toMatch(/^the program took too long to compile/);
    expect(r.stats.cpuMs).toBeGreaterThan(0);
    expect(texts(r)).toEqual([]);
  },
};
