// What the sandbox knows of each promise's state (see promise-tags.ts for how promises get one):
// a record stamped on the promise as a private field, settled by the resolve/reject calls and
// handlers it sees; a pending one reads what it passes on from the promise it depends on.
//
// Why a private field and not a WeakMap: every promise gets one, and a WeakMap of hundreds of
// thousands of promises costs V8 several times the promises themselves (ephemeron tables). A
// private field is invisible to programs (no reflection reaches it) and costs one property.
import { ObjectGetOwnPropertyDescriptor, ObjectGetPrototypeOf } from './intrinsics.ts';
import { proxyDetails } from './proxy-tags.ts';
import { taskOf } from './promises.ts';

type State = 'pending' | 'fulfilled' | 'rejected' | 'follows';
/** Bits of Rec.link: the outcomes a promise takes over from its source. */
export const PASS_FULFILLED = 1, PASS_REJECTED = 2;
const PASS_BITS = 4;
/**
 * Four fields, no lists: a then chain of 200,000 pending links must fit the isolate's heap next to
 * V8's own promises and reactions (promise-handlers.ts has the other half of that budget), so
 * fields that are never needed together share one.
 */
export interface Rec {
  state: State;
  /** The outcome once settled; until then, the then handler(s) not yet run (promise-handlers.ts). */
  value: unknown;
  /** owner × PASS_BITS + the outcomes it takes over from `source` (a missing then handler, or adoption). */
  link: number;
  /**
   * What this promise depends on while pending: the promise `then` was called on (until its handler
   * runs), or the promise it adopted. A pending promise's outcome is read up this line, as far as
   * each link passes it on (promiseDetails), so nothing needs a list of what waits on it.
   */
  source: object | undefined;
}
/** The task that registered the record's then handler: it runs as that task. */
export const ownerOf = (rec: Rec): number => (rec.link - (rec.link % PASS_BITS)) / PASS_BITS;
export function setOwner(rec: Rec, owner: number): void { rec.link = owner * PASS_BITS + (rec.link % PASS_BITS); }
/** Adds PASS_* bits: outcomes the promise takes over from its source. */
export function setPass(rec: Rec, bits: number): void { rec.link = ownerOf(rec) * PASS_BITS + ((rec.link % PASS_BITS) | bits); }
const passOf = (rec: Rec): number => rec.link % PASS_BITS;

class Returning { constructor(o: object) { return o as any; } }
/** Adds the private #rec field to an existing object (a class constructor may return another object). */
class Stamp extends Returning {
  #rec: Rec;
  constructor(o: object, rec: Rec) { super(o); this.#rec = rec; }
  static read(o: object): Rec | undefined { return #rec in o ? (o as unknown as Stamp).#rec : undefined; }
}

/** Every field present from the start, so all records share one V8 shape. */
export const newRec = (): Rec => ({ state: 'pending', value: undefined, link: 0, source: undefined });
export const recordOf = (p: object): Rec | undefined => Stamp.read(p);
export function stamp(p: object, rec: Rec): void {
  if (Stamp.read(p) !== undefined) return;
  try { new Stamp(p, rec); } catch { /* an object that refuses fields: it stays unknown */ }
}

const passBit = (state: 'fulfilled' | 'rejected') => (state === 'fulfilled' ? PASS_FULFILLED : PASS_REJECTED);

/** Settles a record (its value replaces handlers that can no longer run); its source is let go. */
function finish(rec: Rec, state: 'fulfilled' | 'rejected', value: unknown): void {
  rec.state = state;
  rec.value = value;
  rec.source = undefined;
}

/** `child` takes over `parent`'s outcomes it passes (setPass): now if settled, else read through `source`. */
export function waitOn(child: Rec, parent: object): void {
  const rec = Stamp.read(parent);
  if (rec !== undefined && (rec.state === 'fulfilled' || rec.state === 'rejected')) {
    if ((child.state === 'pending' || child.state === 'follows') && (passOf(child) & passBit(rec.state)) !== 0) finish(child, rec.state, rec.value);
    return;
  }
  if (rec !== undefined || taskOf(parent) !== undefined) child.source = parent;
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

/** v's callable `then` (the function), none (false), or null when it cannot be told without running program code. */
function thenOf(v: object): Function | false | null {
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
    if (d !== undefined) return 'value' in d ? (typeof d.value === 'function' ? d.value as Function : false) : null;
    o = ObjectGetPrototypeOf(o);
  }
  return false;
}

/**
 * Promises adopting a promise whose `then` is the sandbox's own (adoption.then): V8 calls that
 * `then` in a job of its own with fresh resolving functions for the adopter, and the adopter
 * settles when they run. tagThen (promise-tags.ts) matches the call to its entry here
 * (adoptionOf) and has those functions note the outcome: the adopter prints `<pending>` exactly as
 * long as in Node. Entries are [promise adopted, record of the adopter], oldest first (V8's jobs run in order).
 */
const adoptions: [object, Rec][] = [];
export const adoption = { then: null as Function | null };
export const hasAdoptions = (): boolean => adoptions.length > 0;

/** The adopter's record for V8's job calling then(resolve, reject) on `p`, taken off the list; else undefined. */
export function adoptionOf(p: object): Rec | undefined {
  for (let i = 0; i < adoptions.length; i++) {
    if (adoptions[i][0] !== p) continue;
    const rec = adoptions[i][1];
    for (let k = i + 1; k < adoptions.length; k++) adoptions[k - 1] = adoptions[k];
    adoptions.length--;
    return rec;
  }
  return undefined;
}

/** What an adopter's (or a thenable's) resolving function was called with: the record learns it now. */
export function adopted(rec: Rec, state: 'fulfilled' | 'rejected', v: unknown): void {
  if (rec.state !== 'follows') return;
  rec.state = 'pending';
  rec.source = undefined;
  if (state === 'fulfilled') settle(rec, v);
  else finish(rec, 'rejected', v);
}

/** Resolving with `v`, decided without running program code (an unknown thenable stays pending). */
export function settle(rec: Rec, v: unknown): void {
  if (rec.state !== 'pending') return;
  if ((typeof v !== 'object' && typeof v !== 'function') || v === null) return finish(rec, 'fulfilled', v);
  let then: Function | false | null = null;
  try { then = thenOf(v); } catch { /* exotic: unknown */ }
  if (then === false) return finish(rec, 'fulfilled', v);
  rec.state = 'follows';
  if (then === null) return;
  // Adopting a promise through our own then: settled when V8's job for it has run then's handler.
  if (then === adoption.then) {
    adoptions[adoptions.length] = [v as object, rec];
    return;
  }
  // Another then (replaced by the program): read from the promise adopted, as soon as it settles.
  setPass(rec, PASS_FULFILLED | PASS_REJECTED);
  waitOn(rec, v as object);
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

type Details = ['pending' | 'fulfilled' | 'rejected', unknown];
const PENDING: Details = ['pending', undefined];

/** A promise without a record: a task promise's state as the scheduler knows it, else pending. */
function taskDetails(p: object): Details {
  const task = taskOf(p);
  if (task === undefined || task.state === 'pending') return PENDING;
  return [task.state === 'fulfilled' ? 'fulfilled' : 'rejected', task.value];
}

/**
 * Node's getPromiseDetails: a promise's state and result, as far as the sandbox saw it settle. A
 * pending one is read up its sources (a loop: a chain may be 200,000 links long) while every link
 * passes the outcome on; one found settled that way is remembered.
 */
export function promiseDetails(p: object): Details {
  const rec = Stamp.read(p);
  if (rec === undefined) return taskDetails(p);
  if (rec.state === 'fulfilled' || rec.state === 'rejected') return [rec.state, rec.value];
  let pass = passOf(rec);
  let src = rec.source;
  while (pass !== 0 && src !== undefined) {
    const up = Stamp.read(src);
    const found = up === undefined ? taskDetails(src)
      : up.state === 'fulfilled' || up.state === 'rejected' ? [up.state, up.value] as Details : undefined;
    if (found !== undefined) {
      if (found[0] === 'pending' || (pass & passBit(found[0])) === 0) return PENDING;
      finish(rec, found[0], found[1]);
      return found;
    }
    pass &= passOf(up!);
    src = up!.source;
  }
  return PENDING;
}
