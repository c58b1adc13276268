// A small LRU of finished results keyed by runner version + code: runs are deterministic, so the
// same program under the same runner always yields the same result.
import { createHash } from 'node:crypto';
import type { RunResult, RunStatus } from './protocol.ts';
import { RESULT_CACHE_ENTRIES } from './limits.ts';
import { RUNNER_VERSION } from './version.ts';

/** Statuses that depend only on the code; timeouts, crashes and refusals depend on the machine. */
const CACHEABLE: ReadonlySet<RunStatus> = new Set(['ok', 'error', 'compile-error', 'deadlock', 'limit']);

export class ResultCache {
  private readonly entries = new Map<string, RunResult>();

  private readonly capacity: number;

  constructor(capacity = RESULT_CACHE_ENTRIES) {
    this.capacity = capacity;
  }

  static key(code: string): string {
    return `${RUNNER_VERSION}:${createHash('sha256').update(code).digest('base64url')}`;
  }

  get(code: string): RunResult | undefined {
    const key = ResultCache.key(code);
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key); // re-insert to mark as most recently used
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(code: string, result: RunResult): void {
    if (!CACHEABLE.has(result.status)) return;
    const key = ResultCache.key(code);
    this.entries.delete(key);
    this.entries.set(key, result);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  get size(): number {
    return this.entries.size;
  }
}
