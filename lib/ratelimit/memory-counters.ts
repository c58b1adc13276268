// Rate-limit counters in one process's memory (the SQLite setup): the same contract as the database
// rows, bounded in size so a flood of distinct addresses cannot grow it without limit.
import type { CounterStore } from './counter-store.ts';

/** Counters kept at most; past this the oldest is dropped (losing a count, never inventing one). */
export const MAX_MEMORY_COUNTERS = 200_000;

interface Counter {
  count: number;
  expiresAtMs: number;
}

export class MemoryCounters implements CounterStore {
  private readonly counters = new Map<string, Counter>();

  async increment(key: string, expiresAtMs: number, hits: number): Promise<number> {
    const counter = this.counters.get(key);
    if (counter) {
      counter.count += hits;
      return counter.count;
    }
    this.counters.set(key, { count: hits, expiresAtMs });
    if (this.counters.size > MAX_MEMORY_COUNTERS) this.counters.delete(this.counters.keys().next().value!);
    return hits;
  }

  async read(key: string): Promise<number> {
    return this.counters.get(key)?.count ?? 0;
  }

  async deleteExpired(nowMs: number): Promise<number> {
    let deleted = 0;
    for (const [key, counter] of this.counters) {
      if (counter.expiresAtMs < nowMs) {
        this.counters.delete(key);
        deleted++;
      }
    }
    return deleted;
  }

  get size(): number {
    return this.counters.size;
  }
}
