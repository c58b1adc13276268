// Makes event-target-shim's Event look like Node's: timeStamp in ms since the time origin (the shim
// stores Date.now(), which is virtual but epoch-based), and console.log showing
// `Event { type, defaultPrevented, cancelable, timeStamp }` as Node's inspect hook does.
import { Event } from 'event-target-shim';
import { runHooks } from './run-hooks.ts';

const describe = Object.getOwnPropertyDescriptor;
const call = Function.prototype.call.bind(Function.prototype.call) as (fn: Function, self: unknown) => any;

export function nodeLikeEvents(): void {
  const proto = Event.prototype as object;
  const stamp = describe(proto, 'timeStamp')!.get!;
  const type = describe(proto, 'type')!.get!;
  const prevented = describe(proto, 'defaultPrevented')!.get!;
  const cancelable = describe(proto, 'cancelable')!.get!;
  Object.defineProperty(proto, 'timeStamp', {
    get() { return call(stamp, this) - runHooks.timeOrigin(); },
    enumerable: true, configurable: true,
  });
  Object.defineProperty(proto, Symbol.for('nodejs.util.inspect.custom'), {
    value: function (this: object, depth: number, options: object, inspect: (v: unknown, o: object) => string) {
      let name = 'Event';
      try { name = String((this as { constructor: { name: string } }).constructor.name); } catch { /* keep Event */ }
      if (depth < 0) return name;
      const view = {
        type: call(type, this), defaultPrevented: call(prevented, this), cancelable: call(cancelable, this),
        timeStamp: call(stamp, this) - runHooks.timeOrigin(),
      };
      return name + ' ' + inspect(view, options);
    },
    writable: true, configurable: true,
  });
}
