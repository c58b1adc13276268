// CustomEvent: an Event carrying `detail` (event-target-shim has only Event).
import { Event } from 'event-target-shim';

const details = new WeakMap<object, unknown>();
const wmGet = Function.prototype.call.bind(WeakMap.prototype.get) as (m: WeakMap<object, unknown>, k: object) => unknown;
const wmSet = Function.prototype.call.bind(WeakMap.prototype.set) as (m: WeakMap<object, unknown>, k: object, v: unknown) => void;

export class CustomEvent<T = unknown> extends Event {
  constructor(type: string, init?: { detail?: T; bubbles?: boolean; cancelable?: boolean; composed?: boolean }) {
    super(type, init);
    wmSet(details, this, init?.detail === undefined ? null : init.detail);
  }
  get detail(): T { return wmGet(details, this) as T; }
}
