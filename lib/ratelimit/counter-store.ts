// The contract of a rate-limit counter store, implemented by the database rows (counters-for.ts)
// and by one process's memory (memory-counters.ts); which one a request uses is counters-for.ts's choice.

export interface CounterStore {
  /** Adds `hits` to `key` and returns its new count; the counter may be dropped after `expiresAtMs`. */
  increment(key: string, expiresAtMs: number, hits: number): Promise<number>;
  /** The count under `key`, 0 if there is none. */
  read(key: string): Promise<number>;
  /** Drops every counter that expired before `nowMs`. */
  deleteExpired(nowMs: number): Promise<number>;
}
