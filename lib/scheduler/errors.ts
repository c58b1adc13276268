// The sandbox's error classes (Python asyncio names) and how an error is reported in the trace.
import type { ThrownError } from './abi.ts';
import {
  ErrorCtor, ObjectDefineProperty, ObjectGetPrototypeOf, RegExpPrototypeExec, StringCtor,
  splitText, ArrayPrototypeJoin, safeArray, append, StringPrototypeIncludes,
} from './intrinsics.ts';

export class CancelledError extends ErrorCtor {
  constructor(message = 'The task was cancelled') {
    super(message);
  }
}
export class TimeoutError extends ErrorCtor {
  constructor(message = 'The operation timed out') {
    super(message);
  }
}
/** Raised by Task.result() on a task that has not finished (Python's InvalidStateError). */
export class InvalidStateError extends ErrorCtor {}
for (const C of [CancelledError, TimeoutError, InvalidStateError]) {
  ObjectDefineProperty(C.prototype, 'name', { value: C.name, writable: true, configurable: true });
}

/** instanceof without consulting a user-replaceable Symbol.hasInstance. */
export function isCancelledError(e: unknown): boolean {
  // A thrown Proxy's getPrototypeOf trap may throw: that is not a CancelledError. Unguarded, the
  // throw escaped the scheduler's settle tracking as an unhandled rejection of its own.
  try {
    let p = typeof e === 'object' && e !== null ? ObjectGetPrototypeOf(e) : null;
    while (p !== null) {
      if (p === CancelledError.prototype) return true;
      p = ObjectGetPrototypeOf(p);
    }
  } catch { /* a hostile proxy */ }
  return false;
}

function safeGet(o: any, k: string): unknown {
  try { return o[k]; } catch { return undefined; }
}

/** Keeps the first line and the frames of the user's script, not the scheduler's own. */
function userStack(stack: string): string {
  const lines = splitText(stack, '\n');
  const out = safeArray<string>();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (i === 0 || RegExpPrototypeExec(/^\s+at /, l) === null || StringPrototypeIncludes(l, 'main.js')) append(out, l);
  }
  return ArrayPrototypeJoin(out, '\n');
}

/** A thrown value as the trace reports it; never throws, whatever the value's getters do. */
export function toThrown(e: unknown, inspect: (v: unknown) => string): ThrownError {
  if (typeof e === 'object' && e !== null) {
    const name = safeGet(e, 'name');
    const message = safeGet(e, 'message');
    const stack = safeGet(e, 'stack');
    if (typeof message === 'string' || typeof stack === 'string') {
      return {
        name: typeof name === 'string' ? name : 'Error',
        message: typeof message === 'string' ? message : '',
        stack: typeof stack === 'string' ? userStack(stack) : '',
      };
    }
  }
  let text: string;
  try { text = inspect(e); } catch { text = StringCtor(typeof e); }
  return { name: 'Error', message: 'Uncaught ' + text, stack: '' };
}
