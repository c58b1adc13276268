// What Taskline offers instead of a Node or browser global a program reached for: a
// ReferenceError for `fetch`, `require`, `Buffer`… gets a hint appended where the run reports it.
// The globals stay absent (typeof fetch is still "undefined", feature tests still work).
import type { ThrownError } from './abi.ts';
import { ObjectHasOwn, RegExpPrototypeExec } from './intrinsics.ts';

const GLOBAL_HINTS: Record<string, string> = {
  __proto__: null as unknown as string,
  fetch: 'Taskline has no network: use sleep(ms) to simulate latency, e.g. `await sleep(300, { ok: true })`',
  XMLHttpRequest: 'Taskline has no network: use sleep(ms) to simulate latency',
  WebSocket: 'Taskline has no network: use sleep(ms) and asyncio.Queue to simulate messages',
  require: 'Taskline programs are ES modules: import { sleep, asyncio } from "taskline"; Node modules are not available',
  module: 'Taskline programs are ES modules and export nothing',
  exports: 'Taskline programs are ES modules and export nothing',
  __dirname: 'a Taskline program has no file system',
  __filename: 'a Taskline program has no file system',
  fs: 'a Taskline program has no file system: keep data in variables',
  Buffer: 'use Uint8Array, TextEncoder/TextDecoder or atob/btoa',
  global: 'use globalThis',
  window: 'Taskline runs server-side like Node: use globalThis',
  document: 'Taskline runs server-side like Node: there is no DOM',
  localStorage: 'there is no storage: keep data in a Map',
  sessionStorage: 'there is no storage: keep data in a Map',
  setTimeoutPromise: 'import { setTimeout } from "node:timers/promises"',
  alert: 'use console.log',
  prompt: 'a Taskline program has no input',
};

const PROCESS_HINT = ' in Taskline: process has only nextTick, hrtime, exit, argv and env';

/**
 * The error with a hint appended to its message: a ReferenceError for a known name, or a TypeError
 * calling a process member Taskline lacks (`process.memoryUsage is not a function`).
 */
export function withHint(error: ThrownError): ThrownError {
  if (error.name === 'TypeError' && RegExpPrototypeExec(/^process\.[\w$]+ is not a function$/, error.message) !== null) {
    return { name: error.name, message: error.message + PROCESS_HINT, stack: error.stack };
  }
  if (error.name !== 'ReferenceError') return error;
  const m = RegExpPrototypeExec(/^(\S+) is not defined$/, error.message);
  if (m === null || !ObjectHasOwn(GLOBAL_HINTS, m[1])) return error;
  return { name: error.name, message: error.message + ' in Taskline: ' + GLOBAL_HINTS[m[1]], stack: error.stack };
}
