// The result cache is an LRU over deterministic statuses only.
import { describe, expect, it } from 'vitest';
import { ResultCache } from './result-cache.ts';
import type { RunResult, RunStatus } from './protocol.ts';

const result = (status: RunStatus, virtualMs = 0): RunResult => ({
  status, virtualMs, console: [], tasks: [], warnings: [], stats: { wallMs: 0, cpuMs: 0, events: 0, truncated: false },
});

describe('ResultCache', () => {
  it('returns what was stored for the same code', () => {
    const cache = new ResultCache(4);
    cache.set('a', result('ok', 3000));
    expect(cache.get('a')?.virtualMs).toBe(3000);
    expect(cache.get('b')).toBeUndefined();
  });

  it('does not keep machine-dependent statuses', () => {
    const cache = new ResultCache(4);
    for (const status of ['timeout', 'memory', 'crash', 'busy'] as const) cache.set(status, result(status));
    expect(cache.size).toBe(0);
  });

  it('evicts the least recently used entry', () => {
    const cache = new ResultCache(2);
    cache.set('a', result('ok'));
    cache.set('b', result('ok'));
    cache.get('a');
    cache.set('c', result('ok'));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
  });
});
