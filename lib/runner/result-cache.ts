// A small LRU of finished results keyed by runner version + code: runs are deterministic, so the
// same program under the same runner always yields the same result. Bounded by the results' JSON
// bytes, not their count: 256 entries of the old 7.5 MB results could hold ~1.9 GB.
import { createHash } from 'node:crypto';
import type { RunResult, RunStatus } from './protocol.ts';
import { MAX_RESULT_BYTES, RESULT_CACHE_BYTES } from './limits.ts';
import { resultBytes } from './result-size.ts';
import { RUNNER_VERSION } from './version.ts';

/** Statuses that depend only on the code; timeouts, crashes and refusals depend on the machine. */
const CACHEABLE: ReadonlySet<RunStatus> = new Set(['ok', 'error', 'compile-error', 'deadlock', 'limit']);

interface Entry {
  result: RunResult;
  bytes: number;
}

export class ResultCache {
  private readonly entries = new Map<string, Entry>();
  private heldBytes = 0;

  private readonly capacityBytes: number;

  constructor(capacityBytes = RESULT_CACHE_BYTES) {
    this.capacityBytes = capacityBytes;
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
    return hit?.result;
  }

  set(code: string, result: RunResult): void {
    if (!CACHEABLE.has(result.status)) return;
    const bytes = resultBytes(result);
    // Results come held to MAX_RESULT_BYTES by the trace assembler; anything larger is not kept.
    if (bytes > Math.min(MAX_RESULT_BYTES, this.capacityBytes)) return;
    const key = ResultCache.key(code);
    this.remove(key);
    this.entries.set(key, { result, bytes });
    this.heldBytes += bytes;
    while (this.heldBytes > this.capacityBytes) this.remove(this.entries.keys().next().value!);
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.heldBytes -= entry.bytes;
  }

  get size(): number {
    return this.entries.size;
  }

  /** JSON bytes of the results held. */
  get bytes(): number {
    return this.heldBytes;
  }
}
