// Node's `signal` option for node:timers/promises and events.once: validation with Node's error,
// Node's AbortError (code ABORT_ERR, cause = the signal's reason) and a detachable abort listener.
import { ErrorCtor, ObjectDefineProperty } from './intrinsics.ts';
import { describeReceived, nodeTypeError } from './node-errors.ts';
import { web } from './web-install.ts';

export class AbortError extends ErrorCtor {
  code = 'ABORT_ERR';
  constructor(message = 'The operation was aborted', options?: { cause?: unknown }) {
    super(message, options);
    ObjectDefineProperty(this, 'name', { value: 'AbortError', writable: true, enumerable: false, configurable: true });
  }
}

export function validateSignal(signal: unknown): void {
  if (signal !== undefined && !web.isAbortSignal(signal)) {
    throw nodeTypeError('ERR_INVALID_ARG_TYPE',
      'The "options.signal" property must be an instance of AbortSignal. Received ' + describeReceived(signal), validateSignal);
  }
}

export function isAborted(signal: unknown): boolean {
  return signal !== undefined && web.signalAborted !== null && web.signalAborted(signal as object);
}

export function abortError(signal: unknown): AbortError {
  return new AbortError(undefined, { cause: web.signalReason !== null ? web.signalReason(signal as object) : undefined });
}

/** Calls fn once when signal aborts; returns a function that stops listening. */
export function onAbort(signal: unknown, fn: () => void): () => void {
  if (signal === undefined || web.addEventListener === null) return () => {};
  web.addEventListener(signal as object, 'abort', fn, { once: true });
  return () => { web.removeEventListener!(signal as object, 'abort', fn); };
}
