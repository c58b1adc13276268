// Which module specifiers a program may import (and under which module name the scheduler serves
// them), and, for the Node modules it may not, what to use instead: the compile error says it.
import type { ModuleName } from '../../scheduler/abi.ts';

/** Specifier → the scheduler's module. `node:` and bare spellings both work, as in Node. */
export const IMPORTABLE: Readonly<Record<string, ModuleName>> = {
  taskline: 'taskline',
  asyncio: 'asyncio',
  'node:timers/promises': 'timers/promises',
  'timers/promises': 'timers/promises',
  'node:events': 'events',
  events: 'events',
};

/** Named imports each module offers, when it offers fewer than a Node program might expect. */
export const ONLY_NAMES: Partial<Record<ModuleName, readonly string[]>> = {
  events: ['once'],
};

const NO_FILES = 'a Taskline program has no file system: keep data in variables';
const NO_NETWORK = 'Taskline has no network: use sleep(ms) to simulate latency';
const CONCURRENCY = 'use async functions and asyncio.createTask() for concurrency';

const HINTS: Record<string, string> = {
  fs: NO_FILES, 'fs/promises': NO_FILES, path: NO_FILES, os: 'there is no operating system to ask',
  http: NO_NETWORK, https: NO_NETWORK, http2: NO_NETWORK, net: NO_NETWORK, dns: NO_NETWORK, tls: NO_NETWORK, dgram: NO_NETWORK,
  child_process: CONCURRENCY, worker_threads: CONCURRENCY, cluster: CONCURRENCY,
  timers: 'setTimeout, setInterval and setImmediate are globals; promise versions come from "node:timers/promises"',
  util: 'console.log formats values as util.inspect does; instead of promisify(setTimeout) use sleep(ms)',
  assert: 'assert(condition, message) and expect(value) are built in',
  'assert/strict': 'assert(condition, message) and expect(value) are built in',
  perf_hooks: 'performance is a global (performance.now(), mark, measure)',
  crypto: 'Math.random() is available (seeded, so runs repeat)',
  buffer: 'use Uint8Array, TextEncoder/TextDecoder or atob/btoa',
  url: 'URL and URLSearchParams are globals',
  async_hooks: 'Taskline traces every task and await for you',
  stream: 'use async generators and for await',
  readline: 'a Taskline program has no input',
  process: 'process is a global with nextTick, hrtime, exit, argv and env',
};

/** The sentence a compile error adds for a module that cannot be imported. */
export function moduleHint(specifier: string): string {
  const bare = specifier.startsWith('node:') ? specifier.slice(5) : specifier;
  const hint = HINTS[bare];
  const allowed = 'only "taskline", "asyncio", "node:timers/promises" and once from "node:events" can be imported';
  return hint ? `${hint}; ${allowed}` : allowed;
}
