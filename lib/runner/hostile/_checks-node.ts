// What each program attacking the Node/web surfaces of issue 11 (process, setImmediate, nextTick,
// AbortSignal, structuredClone, node:timers/promises) must show beyond its status. Merged into the
// resource, escape and tamper suites' check tables.
import { expect } from 'vitest';
import type { RunResult } from '../protocol.ts';
import { MAX_VIRTUAL_MS } from '../limits.ts';
import { type Check, benignPartIsTracedCorrectly, lineOf, texts } from './_harness.ts';

const macrotaskLimit = (r: RunResult) => expect(r.error).toMatchObject({ name: 'LimitError', message: expect.stringContaining('50,000') });
const cpuLimit = (r: RunResult) => expect(r.error).toMatchObject({ name: 'TimeoutError', message: expect.stringContaining('CPU limit') });
const memoryOr = (r: RunResult) => {
  if (r.status === 'memory') expect(r.error?.name).toBe('MemoryError');
  else expect(r.error?.message).toMatch(/CPU limit|wall-clock limit|was stopped|50,000/);
};

export const nodeResourceChecks: Record<string, Check> = {
  'flood_next_tick.ts': (r) => {
    cpuLimit(r);
    expect(texts(r)).toEqual(['ticking']);
    expect(r.virtualMs).toBe(0);
  },
  'flood_set_immediate.ts': (r) => {
    macrotaskLimit(r);
    expect(texts(r)).toEqual(['spinning']);
    expect(r.virtualMs).toBe(0);
  },
  'flood_immediates_at_once.ts': (r) => {
    memoryOr(r);
    expect([[], ['queueing']]).toContainEqual(texts(r));
  },
  'tick_promise_pingpong.ts': (r) => {
    macrotaskLimit(r);
    expect(texts(r)).toEqual(['ping-pong']);
  },
  'abort_timeout_flood.ts': (r) => {
    // Each abort dispatches an event: the CPU budget may run out just before the 50,000th macrotask.
    if (r.status === 'limit') macrotaskLimit(r);
    else memoryOr(r);
    expect([[], ['armed']]).toContainEqual(texts(r));
  },
  'timers_promises_interval_forever.ts': (r) => {
    macrotaskLimit(r);
    expect(texts(r)).toEqual(['iterating']);
    expect(r.virtualMs).toBeGreaterThan(40_000);
    expect(r.virtualMs).toBeLessThan(MAX_VIRTUAL_MS);
  },
  'structured_clone_bomb.ts': (r) => {
    memoryOr(r);
    expect([[], ['cloning']]).toContainEqual(texts(r));
  },
  'structured_clone_deep.ts': (r) => expect(texts(r)).toEqual(['caught RangeError', '1000 true']),
};

export const nodeEscapeChecks: Record<string, Check> = {
  'escape_process.ts': (r) => expect(texts(r)).toEqual([
    'nextTick,hrtime,exit,argv,env',
    Array(10).fill('undefined').join(),
    Array(7).fill('TypeError').join(),
    'true true',
    Array(4).fill('undefinedundefinedundefined').join(),
    '{} 0 undefined undefined',
    'x 1',
    'TypeError',
    'true true',
  ]),
  'escape_set_immediate.ts': (r) => {
    expect(texts(r)).toEqual([
      'ERR_INVALID_ARG_TYPE',
      'Immediate _idleNext,_idlePrev,_onImmediate,_argv,_destroyed 0',
      'no host path',
      'call with null this',
      // The sloppy probe's caller is null each time: the scheduler's functions are strict.
      'null/object/0 | null/object/0 | null/object/0 | null/object/1',
    ]);
  },
  'escape_abort_signal.ts': (r, f) => {
    expect(texts(r)).toEqual([
      'TypeError Illegal constructor', 'true true 1 function', 'undefinedundefined', 'true why', 'true first',
      'TypeError', 'TypeError', 'timed out 5 TimeoutError',
    ]);
    // A listener's exception is Node's uncaught exception: the run ends there.
    expect(r.error).toMatchObject({ name: 'Error', message: 'listener throws', line: lineOf(f, 'listener throws') });
  },
  'escape_structured_clone.ts': (r) => expect(texts(r)).toEqual([
    'proxy Error', 'getter Error', 'tag TypeError', 'fakeMap TypeError', 'transfer TypeError', 'fn ok object',
    'promise DataCloneError', 'symbol DataCloneError', 'true kept',
  ]),
};

export const nodeTamperChecks: Record<string, Check> = {
  'tamper_timer_classes.ts': (r) => expect(texts(r)).toEqual(['function', 'tick', 'immediate ran', 'tick', 'timeout ran']),
  'tamper_web_globals.ts': (r) => {
    expect(texts(r)[0]).toBe('ok€');
    benignPartIsTracedCorrectly(r);
  },
};
