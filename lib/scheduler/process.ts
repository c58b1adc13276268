// The sandbox's `process`: only nextTick, hrtime/hrtime.bigint (virtual clock), exit(code) and an
// empty argv/env. The rest of Node's process (stdout, on, cwd, memoryUsage…) is absent; the common
// members are non-enumerable getters that throw a TypeError saying what Taskline offers instead.
import {
  ArrayIsArray, BigIntCtor, ErrorCtor, MathFloor, MathRound, NumberIsInteger, ObjectDefineProperty, ObjectFreeze,
  RegExpPrototypeExec, TypeErrorCtor,
} from './intrinsics.ts';
import { S } from './state.ts';
import { nextTick } from './ticks.ts';
import { invalidArgType, outOfRange } from './node-errors.ts';
import { exitRun } from './ending.ts';

const NS_PER_MS = 1e6;
const NS_PER_S = 1e9;

function hrtime(this: unknown, time?: unknown): [number, number] {
  const ns = MathRound(S.now * NS_PER_MS);
  let sec = MathFloor(ns / NS_PER_S), nsec = ns - sec * NS_PER_S;
  if (time !== undefined) {
    if (!ArrayIsArray(time)) throw invalidArgType('time', 'Array', time, hrtime);
    if (time.length !== 2) throw outOfRange('time', '2', time.length, hrtime);
    sec -= +time[0];
    nsec -= +time[1];
    if (nsec < 0) { sec--; nsec += NS_PER_S; }
  }
  return [sec, nsec];
}
ObjectDefineProperty(hrtime, 'bigint', {
  value: function bigint() { return BigIntCtor(MathRound(S.now * NS_PER_MS)); },
  writable: true, enumerable: true, configurable: true,
});

/** Thrown by exit() to unwind the caller; the run has already ended, so catching it changes nothing. */
const EXIT_UNWIND = ObjectFreeze({ name: 'ProcessExit', message: 'process.exit() was called' });

function exit(this: unknown, code?: unknown): never {
  let value = code;
  if (value !== undefined && value !== null) {
    if (typeof value === 'string' && RegExpPrototypeExec(/^\s*[-+]?\d+\s*$/, value) !== null) value = +value;
    if (typeof value !== 'number') throw invalidArgType('code', 'number', code, exit);
    if (!NumberIsInteger(value)) throw outOfRange('code', 'an integer', value, exit);
  }
  // The operating system keeps the low 8 bits, as Node's exit status shows (-1 → 255).
  const status = typeof value === 'number' ? value & 0xff : 0;
  const at = new ErrorCtor('process.exit(' + status + ') was called');
  exitRun(status, at);
  throw EXIT_UNWIND;
}

/** What to use instead of the process members programs reach for most. */
const HINTS: Record<string, string> = {
  stdout: 'use console.log', stderr: 'use console.error', stdin: 'a Taskline program has no input',
  on: 'there are no process events', once: 'there are no process events', emit: 'there are no process events',
  exitCode: 'use process.exit(code)', cwd: 'a Taskline program has no file system', platform: 'it is not available',
  version: 'Taskline runs plain JavaScript as Node 24 does', versions: 'Taskline runs plain JavaScript as Node 24 does',
  memoryUsage: 'it is not available', cpuUsage: 'use performance.now() for virtual time',
  uptime: 'use performance.now() for virtual time', pid: 'it is not available', kill: 'use process.exit(code)',
  abort: 'use process.exit(code)', emitWarning: 'use console.warn',
};

/** One function serves as getter and setter: reading or assigning the member says what to use. */
function hintGetter(name: string): () => never {
  return function () {
    throw new TypeErrorCtor('process.' + name + ' is not available in Taskline (' + HINTS[name]
      + '); process has only nextTick, hrtime, exit, argv and env');
  };
}

export function makeProcess(): object {
  const proc = { nextTick, hrtime, exit, argv: [] as string[], env: {} as Record<string, string> };
  for (const name in HINTS) {
    const hint = hintGetter(name);
    ObjectDefineProperty(proc, name, { get: hint, set: hint, enumerable: false, configurable: true });
  }
  ObjectDefineProperty(proc, Symbol.toStringTag, { value: 'process', configurable: true });
  return proc;
}
