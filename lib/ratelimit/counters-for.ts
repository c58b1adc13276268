// Where rate-limit counters live. With PostgreSQL (the scale-out path, several app instances) they
// are rows every instance shares; with SQLite (the embedded default: one app process) they are kept
// in that process's memory, because a committed write per request would fsync on the server's only
// thread and cap the whole app at a few hundred requests a second.
import type { Db } from '../db/client.ts';
import { providerOf } from '../db/client.ts';
import { deleteExpiredCounters, incrementCounter, readCounter } from '../db/rate-limit-counters.ts';
import type { CounterStore } from './counter-store.ts';
import { MemoryCounters } from './memory-counters.ts';

const shared = new WeakMap<Db, CounterStore>();
/**
 * On globalThis: the production server answers POST /api/run outside Next's bundle (lib/http/
 * run-endpoint.ts), and both copies of this module must count in the one store of the process.
 */
const holder = globalThis as typeof globalThis & { __tasklineRateCounters?: MemoryCounters };

/** Counters in the database itself (one store object per client, so per-store memos stay per instance). */
export function databaseCounters(db: Db): CounterStore {
  let store = shared.get(db);
  if (!store) {
    store = {
      increment: (key, expiresAtMs, hits) => incrementCounter(db, key, new Date(expiresAtMs), hits),
      read: (key) => readCounter(db, key),
      deleteExpired: (nowMs) => deleteExpiredCounters(db, new Date(nowMs)),
    };
    shared.set(db, store);
  }
  return store;
}

/** The store the app's routes use for `db`: shared rows on PostgreSQL, this process's memory on SQLite. */
export function countersFor(db: Db): CounterStore {
  if (providerOf(db) === 'postgresql') return databaseCounters(db);
  holder.__tasklineRateCounters ??= new MemoryCounters();
  return holder.__tasklineRateCounters;
}
