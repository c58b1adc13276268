// What the sandbox knows of each promise's state (see promise-tags.ts for how promises get one):
// a record stamped on the promise as a private field, settled by the resolve/reject calls and
// handlers it sees, and passed on to the promises waiting on it, as V8's own reactions would.
//
// Why a private field and not a WeakMap: every promise gets one, and a WeakMap of hundreds of
// thousands of promises costs V8 several times the promises themselves (ephemeron tables). A
// private field is invisible to programs (no reflection reaches it) and costs one property.
import { ObjectGetOwnPropertyDescriptor, ObjectGetPrototypeOf } from './intrinsics.ts';
import { proxyDetails } from './object-tags.ts';
import { taskOf } from './promises.ts';

type State = 'pending' | 'fulfilled' | 'rejected' | 'follows';
export interface Rec {
  state: State;
  value: unknown;
  /** Outcomes this promise takes over from the one it waits on (a missing then handler, or adoption). */
  passFulfilled?: boolean; passRejected?: boolean;
  /** Records waiting on this one (a list linked through `sibling`), dropped once it settles, as V8 drops its reactions. */
  waiting?: Rec; sibling?: Rec;
  /** A task promise this one waits on (the scheduler knows its state; it cannot call us back). */
  task?: object;
}

class Returning { constructor(o: object) { return o as any; } }
/** Adds the private #rec field to an existing object (a class constructor may return another object). */
class Stamp extends Returning {
  #rec: Rec;
  constructor(o: object, rec: Rec) { super(o); this.#rec = rec; }
  static read(o: object): Rec | undefined { return #rec in o ? (o as unknown as Stamp).#rec : undefined; }
}

/** Every field present from the start, so all records share one V8 shape. */
export const newRec = (): Rec => ({
  state: 'pending', value: undefined, passFulfilled: false, passRejected: false, waiting: undefined, sibling: undefined, task: undefined,
});
export const recordOf = (p: object): Rec | undefined => Stamp.read(p);
export function stamp(p: object, rec: Rec): void {
  if (Stamp.read(p) !== undefined) return;
  try { new Stamp(p, rec); } catch { /* an object that refuses fields: it stays unknown */ }
}

function passes(rec: Rec, state: 'fulfilled' | 'rejected'): boolean {
  return (rec.state === 'pending' || rec.state === 'follows') && (state === 'fulfilled' ? rec.passFulfilled === true : rec.passRejected === true);
}

/**
 * Settles a record and every record waiting on it for that outcome. Lists, not arrays: nothing is
 * allocated unless promises wait on each other, and a long chain is walked without recursion.
 */
function finish(first: Rec, state: 'fulfilled' | 'rejected', value: unknown): void {
  first.state = state;
  first.value = value;
  let list = first.waiting;
  first.waiting = undefined;
  let stack: { list: Rec; next: unknown } | undefined;
  for (;;) {
    for (let rec = list; rec !== undefined;) {
      const next: Rec | undefined = rec.sibling;
      rec.sibling = undefined;
      if (passes(rec, state)) {
        rec.state = state;
        rec.value = value;
        if (rec.waiting !== undefined) { stack = { list: rec.waiting, next: stack }; rec.waiting = undefined; }
      }
      rec = next;
    }
    if (stack === undefined) return;
    list = stack.list;
    stack = stack.next as typeof stack;
  }
}

/** `child` takes over `parent`'s outcomes it passes on: now if settled, else when it settles. */
export function waitOn(child: Rec, parent: object): void {
  const rec = Stamp.read(parent);
  if (rec === undefined) {
    if (taskOf(parent) !== undefined) child.task = parent;
    return;
  }
  if (rec.state === 'fulfilled' || rec.state === 'rejected') {
    if (passes(child, rec.state)) finish(child, rec.state, rec.value);
    return;
  }
  child.sibling = rec.waiting;
  rec.waiting = child;
}

/** Whether reading `key` from a proxy's handler could run program code or find a trap. */
function mayTrap(handler: object | null, key: string): boolean {
  let h: object | null = handler;
  while (h !== null) {
    if (proxyDetails(h) !== undefined) return true;
    const d = ObjectGetOwnPropertyDescriptor(h, key);
    if (d !== undefined) return !('value' in d) || d.value != null;
    h = ObjectGetPrototypeOf(h);
  }
  return false;
}

/** Whether `v` has a callable `then` (true), none (false), or cannot be told without running program code (null). */
function thenable(v: object): boolean | null {
  let o: object | null = v;
  while (o !== null) {
    const proxy = proxyDetails(o);
    if (proxy !== undefined) {
      // A trapless [[Get]] reads the target: follow it (a revoked proxy would throw: unknown).
      if (proxy[0] === null || mayTrap(proxy[1], 'get')) return null;
      o = proxy[0];
      continue;
    }
    const d = ObjectGetOwnPropertyDescriptor(o, 'then');
    if (d !== undefined) return 'value' in d ? typeof d.value === 'function' : null;
    o = ObjectGetPrototypeOf(o);
  }
  return false;
}

/** Resolving with `v`, decided without running program code (an unknown thenable stays pending). */
export function settle(rec: Rec, v: unknown): void {
  if (rec.state !== 'pending') return;
  if ((typeof v !== 'object' && typeof v !== 'function') || v === null) return finish(rec, 'fulfilled', v);
  let kind: boolean | null = null;
  try { kind = thenable(v); } catch { /* exotic: unknown */ }
  if (kind === false) return finish(rec, 'fulfilled', v);
  rec.state = 'follows';
  // Adopting a promise: its outcome becomes ours (V8 takes two more microtasks; Node may show <pending> meanwhile).
  if (kind === true) {
    rec.passFulfilled = true;
    rec.passRejected = true;
    waitOn(rec, v as object);
  }
}

/** A promise seen settled from outside (a `then` handler ran with its value): note it if we did not know. */
export function noteOutcome(p: object, state: 'fulfilled' | 'rejected', value: unknown): void {
  let rec = Stamp.read(p);
  if (rec === undefined) {
    if (taskOf(p) !== undefined) return;
    rec = newRec();
    stamp(p, rec);
  }
  if (rec.state === 'pending' || rec.state === 'follows') finish(rec, state, value);
}

export function reject(rec: Rec, reason: unknown): void {
  if (rec.state === 'pending') finish(rec, 'rejected', reason);
}

/** Node's getPromiseDetails: a promise's state and result, as far as the sandbox saw it settle. */
export function promiseDetails(p: object): ['pending' | 'fulfilled' | 'rejected', unknown] {
  const rec = Stamp.read(p);
  if (rec === undefined) {
    const task = taskOf(p);
    if (task === undefined || task.state === 'pending') return ['pending', undefined];
    return [task.state === 'fulfilled' ? 'fulfilled' : 'rejected', task.value];
  }
  if (rec.state === 'fulfilled' || rec.state === 'rejected') return [rec.state, rec.value];
  if (rec.task === undefined) return ['pending', undefined];
  const parent = promiseDetails(rec.task);
  const passes = parent[0] === 'fulfilled' ? rec.passFulfilled : parent[0] === 'rejected' ? rec.passRejected : false;
  return passes ? parent : ['pending', undefined];
}
