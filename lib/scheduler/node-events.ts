// `node:events` in Taskline: only once(emitter, name, { signal }), which resolves with the event's
// arguments as an array. It accepts EventTargets (addEventListener) and EventEmitter-like objects
// a program wrote itself (once/on + removeListener), as Node's once() does. EventEmitter is absent.
import { ObjectFreeze, PromiseCtor, PromiseReject, ReflectApply } from './intrinsics.ts';
import { label } from './promises.ts';
import { abortError, isAborted, onAbort, validateSignal } from './abort-glue.ts';
import { invalidArgType } from './node-errors.ts';

type Listener = (...args: unknown[]) => void;

function once(emitter: any, name: unknown, options?: { signal?: unknown }): Promise<unknown[]> {
  const signal = typeof options === 'object' && options !== null ? options.signal : undefined;
  validateSignal(signal);
  if (typeof emitter !== 'object' || emitter === null) throw invalidArgType('emitter', 'EventEmitter', emitter, once);
  if (isAborted(signal)) return PromiseReject(abortError(signal));
  const p = new PromiseCtor<unknown[]>((resolve, reject) => {
    let detachAbort = () => {};
    if (typeof emitter.addEventListener === 'function') {
      const listener: Listener = (...args) => { detachAbort(); resolve(args); };
      ReflectApply(emitter.addEventListener, emitter, [name, listener, { once: true }]);
      detachAbort = onAbort(signal, () => {
        ReflectApply(emitter.removeEventListener, emitter, [name, listener]);
        reject(abortError(signal));
      });
      return;
    }
    const subscribe = typeof emitter.once === 'function' ? emitter.once : emitter.on;
    if (typeof subscribe !== 'function') throw invalidArgType('emitter', 'EventEmitter', emitter, once);
    const remove = (event: unknown, fn: Listener) => {
      const off = typeof emitter.removeListener === 'function' ? emitter.removeListener : emitter.off;
      if (typeof off === 'function') ReflectApply(off, emitter, [event, fn]);
    };
    const onError: Listener = (err) => { remove(name, onEvent); detachAbort(); reject(err); };
    const onEvent: Listener = (...args) => { if (name !== 'error') remove('error', onError); detachAbort(); resolve(args); };
    ReflectApply(subscribe, emitter, [name, onEvent]);
    if (name !== 'error') ReflectApply(subscribe, emitter, ['error', onError]);
    detachAbort = onAbort(signal, () => { remove(name, onEvent); remove('error', onError); reject(abortError(signal)); });
  });
  return label(p, 'once(' + (typeof name === 'string' ? name : '?') + ')');
}

/** The module `import { once } from "node:events"` yields. */
export function eventsModule(): Record<string, unknown> {
  const mod: Record<string, unknown> = { once };
  mod.default = mod;
  return ObjectFreeze(mod);
}
