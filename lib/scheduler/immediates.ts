// setImmediate/clearImmediate: the check-phase queue. An Immediate is what Node returns, with the
// enumerable fields a learner sees in console.log (next-macrotask.ts decides when they run).
import {
  ObjectDefineProperty, ReflectApply, WeakMapCtor, WeakMapPrototypeGet, WeakMapPrototypeSet, safeArray,
} from './intrinsics.ts';
import { S } from './state.ts';
import { checkCallback } from './node-errors.ts';
import {
  asyncIdSymbol, defineField, kAsyncContextFrame, nextAsyncId, refedSymbol, triggerIdSymbol,
} from './node-symbols.ts';

export interface ImmediateRec {
  seq: number;
  fn: Function;
  args: unknown[];
  task: number;
  handle: Immediate;
  active: boolean;
  ref: boolean;
  /** Neighbours in Node's linked queue (see tail). */
  prev: ImmediateRec | null;
  next: ImmediateRec | null;
}

const recs = new WeakMapCtor<object, ImmediateRec>();
/** Queue of pending records; `head` advances as the check phase takes them (prototype-free array). */
let queue = safeArray<ImmediateRec>();
let head = 0;
let seq = 0;
let active = 0;
let refed = 0;

export class Immediate {
  _idleNext: unknown = null;
  _idlePrev: unknown = null;
  _onImmediate: unknown;
  _argv: unknown;
  _destroyed = false;
  constructor(fn: Function, args: unknown[]) {
    this._onImmediate = fn;
    this._argv = args.length === 0 ? undefined : args;
    defineField(this, refedSymbol, true);
    defineField(this, asyncIdSymbol, nextAsyncId());
    defineField(this, triggerIdSymbol, 0);
    defineField(this, kAsyncContextFrame, undefined);
  }
  ref() { setRef(this, true); return this; }
  unref() { setRef(this, false); return this; }
  hasRef() { const r = WeakMapPrototypeGet(recs, this); return r !== undefined && r.ref; }
}

function setRef(h: Immediate, on: boolean): void {
  const r = WeakMapPrototypeGet(recs, h);
  if (r === undefined) return;
  if (r.active && r.ref !== on) refed += on ? 1 : -1;
  r.ref = on;
  mark(h, refedSymbol, on);
}

/** Updates a field without trusting it: a program may have redefined it (even as a throwing setter). */
function mark(o: object, key: PropertyKey, value: unknown): void {
  try { defineField(o, key, value); } catch { /* made non-configurable: the field is the program's now */ }
}

/**
 * Node links the immediates of one queue through _idlePrev/_idleNext (what console.log shows);
 * `tail` is the last of the queue the next check phase will take.
 */
let tail: ImmediateRec | null = null;

function unlink(r: ImmediateRec): void {
  if (r.prev !== null) { r.prev.next = r.next; mark(r.prev.handle, '_idleNext', r.next === null ? null : r.next.handle); }
  if (r.next !== null) { r.next.prev = r.prev; mark(r.next.handle, '_idlePrev', r.prev === null ? null : r.prev.handle); }
  if (tail === r) tail = r.prev;
  r.prev = r.next = null;
  mark(r.handle, '_idleNext', null);
  mark(r.handle, '_idlePrev', null);
}

/** Ran or cleared: Node unlinks only a cleared immediate (a run one keeps its links). */
function settle(r: ImmediateRec, cleared: boolean): void {
  if (!r.active) return;
  r.active = false;
  active--;
  if (r.ref) refed--;
  if (cleared) unlink(r);
  mark(r.handle, '_destroyed', true);
}

export function setImmediate(this: unknown, cb: unknown, ...args: unknown[]): Immediate {
  checkCallback(cb, setImmediate);
  const handle = new Immediate(cb as Function, args);
  const r: ImmediateRec = { seq: seq++, fn: cb as Function, args, task: S.current, handle, active: true, ref: true, prev: tail, next: null };
  if (tail !== null) {
    tail.next = r;
    mark(tail.handle, '_idleNext', handle);
    mark(handle, '_idlePrev', tail.handle);
  }
  tail = r;
  WeakMapPrototypeSet(recs, handle, r);
  queue[queue.length] = r;
  active++;
  refed++;
  return handle;
}

export function clearImmediate(handle: unknown): void {
  const r = typeof handle === 'object' && handle !== null ? WeakMapPrototypeGet(recs, handle) : undefined;
  if (r === undefined) return;
  settle(r, true);
  mark(r.handle, '_onImmediate', undefined);
}

// Node 24: `using i = setImmediate(…)` clears the immediate at the end of the block.
if (typeof Symbol.dispose === 'symbol') {
  ObjectDefineProperty(Immediate.prototype, Symbol.dispose, {
    value: function dispose(this: Immediate) { clearImmediate(this); }, writable: true, configurable: true,
  });
}

/** Starts a check phase: it runs the immediates queued so far; later ones form the next queue. */
export function immediateMark(): number {
  tail = null;
  return seq;
}
export function hasImmediates(): boolean { return active > 0; }
export function refedImmediates(): number { return refed; }

/** Removes and returns the first active immediate queued before `mark`, or null. */
export function takeImmediate(mark: number): ImmediateRec | null {
  while (head < queue.length) {
    const r = queue[head];
    if (r.seq >= mark) return null;
    queue[head++] = undefined as unknown as ImmediateRec;
    if (head > 1024 && head * 2 > queue.length) compact();
    if (r.active) { settle(r, false); return r; }
  }
  return null;
}

function compact(): void {
  const next = safeArray<ImmediateRec>();
  for (let i = head; i < queue.length; i++) next[next.length] = queue[i];
  queue = next;
  head = 0;
}

/** Runs an immediate's callback with Node's `this` (the Immediate) and its extra arguments. */
export function callImmediate(r: ImmediateRec): void {
  mark(r.handle, refedSymbol, null);
  try {
    ReflectApply(r.fn, r.handle, r.args);
  } finally {
    mark(r.handle, '_onImmediate', undefined);
  }
}
