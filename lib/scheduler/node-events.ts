// `node:events` in Taskline: only once(emitter, name, { signal }), resolving with the event's
// arguments as an array. Like Node's, it takes an EventTarget or any EventEmitter-like object (one
// with on/once/removeListener, written by the program: EventEmitter itself is not provided) and
// rejects on the emitter's 'error' event.
import { ObjectFreeze, PromiseCtor, PromiseReject, ReflectApply } from './intrinsics.ts';
import { label } from './promises.ts';
import { abortError, isAborted, onAbort, validateSignal } from './abort-glue.ts';
import { invalidArgType } from './node-errors.ts';

type Listener = (...args: unknown[]) => void;

/** Node's eventTargetAgnosticAddListener: `on` (EventEmitter) is checked before addEventListener. */
function listen(emitter: any, name: unknown, fn: Listener): void {
  if (typeof emitter.on === 'function') ReflectApply(emitter.once, emitter, [name, fn]);
  else if (typeof emitter.addEventListener === 'function') ReflectApply(emitter.addEventListener, emitter, [name, fn, { once: true }]);
  else throw invalidArgType('emitter', 'EventEmitter', emitter, once);
}

function unlisten(emitter: any, name: unknown, fn: Listener): void {
  if (typeof emitter.removeListener === 'function') ReflectApply(emitter.removeListener, emitter, [name, fn]);
  else if (typeof emitter.removeEventListener === 'function') ReflectApply(emitter.removeEventListener, emitter, [name, fn]);
}

function once(emitter: any, name: unknown, options?: { signal?: unknown }): Promise<unknown[]> {
  const signal = typeof options === 'object' && options !== null ? options.signal : undefined;
  validateSignal(signal);
  if (isAborted(signal)) return PromiseReject(abortError(signal));
  const p = new PromiseCtor<unknown[]>((resolve, reject) => {
    const isEmitter = emitter !== null && typeof emitter === 'object' && typeof emitter.on === 'function';
    let detachAbort = () => {};
    const onError: Listener = (err) => { unlisten(emitter, name, onEvent); detachAbort(); reject(err); };
    const onEvent: Listener = (...args) => {
      if (isEmitter && name !== 'error') unlisten(emitter, 'error', onError);
      detachAbort();
      resolve(args);
    };
    if (emitter === null || (typeof emitter !== 'object' && typeof emitter !== 'function')) throw invalidArgType('emitter', 'EventEmitter', emitter, once);
    if (isEmitter && name !== 'error') listen(emitter, 'error', onError);
    listen(emitter, name, onEvent);
    detachAbort = onAbort(signal, () => {
      unlisten(emitter, name, onEvent);
      if (isEmitter) unlisten(emitter, 'error', onError);
      reject(abortError(signal));
    });
  });
  return label(p, 'once(' + (typeof name === 'string' ? name : '?') + ')');
}

/** The module `import { once } from "node:events"` yields. */
export function eventsModule(): Record<string, unknown> {
  const mod: Record<string, unknown> = { once };
  mod.default = mod;
  return ObjectFreeze(mod);
}
