// The result cache is an LRU over deterministic statuses only, bounded by the results' bytes.
import { describe, expect, it } from 'vitest';
import { ResultCache } from './result-cache.ts';
import { resultBytes } from './result-size.ts';
import { MAX_RESULT_BYTES, RESULT_CACHE_BYTES } from './limits.ts';
import type { RunResult, RunStatus } from './protocol.ts';

const result = (status: RunStatus, virtualMs = 0): RunResult => ({
  status, virtualMs, console: [], tasks: [], warnings: [], stats: { wallMs: 0, cpuMs: 0, events: 0, truncated: false },
});

describe('ResultCache', () => {
  it('returns what was stored for the same code', () => {
    const cache = new ResultCache(1024 * 1024);
    cache.set('a', result('ok', 3000));
    expect(cache.get('a')?.virtualMs).toBe(3000);
    expect(cache.get('b')).toBeUndefined();
  });

  it('does not keep machine-dependent statuses', () => {
    const cache = new ResultCache(1024 * 1024);
    for (const status of ['timeout', 'memory', 'crash', 'busy'] as const) cache.set(status, result(status));
    expect(cache.size).toBe(0);
  });

  it('evicts the least recently used entry once the bytes held pass the capacity', () => {
    const cache = new ResultCache(2 * resultBytes(result('ok')) + 1);
    cache.set('a', result('ok'));
    cache.set('b', result('ok'));
    cache.get('a');
    cache.set('c', result('ok'));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
  });

  it('holds at most RESULT_CACHE_BYTES however many results come, and refuses one over MAX_RESULT_BYTES', () => {
    const cache = new ResultCache();
    const big = (i: number): RunResult => ({ ...result('ok', i), console: [{ t: 0, stream: 'stdout', text: 'x'.repeat(200_000), taskId: 0 }] });
    for (let i = 0; i < 600; i++) cache.set(`big ${i}`, big(i));
    expect(cache.bytes).toBeLessThanOrEqual(RESULT_CACHE_BYTES);
    expect(cache.size).toBeLessThan(600);
    expect(cache.get('big 599')?.virtualMs).toBe(599);
    const huge: RunResult = { ...result('ok'), console: [{ t: 0, stream: 'stdout', text: 'y'.repeat(MAX_RESULT_BYTES), taskId: 0 }] };
    cache.set('huge', huge);
    expect(cache.get('huge')).toBeUndefined();
  });
});
