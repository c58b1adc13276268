// asyncio's Lock, Event, Condition, Semaphore and BoundedSemaphore, after CPython 3.11's
// locks.py: a free lock is taken without suspending, release() only wakes the first waiter (the
// woken task takes the lock when it runs), so locked()/value read as CPython's right after.
import { ErrorCtor, ObjectDefineProperty } from '../intrinsics.ts';
import { label } from '../promises.ts';
import { Waiters, currentCore, wait } from './waiters.ts';
import { CancelledError, isCancelledError } from '../errors.ts';

export class RuntimeError extends ErrorCtor {}
export class ValueError extends ErrorCtor {}
for (const C of [RuntimeError, ValueError]) {
  ObjectDefineProperty(C.prototype, 'name', { value: C.name, writable: true, configurable: true });
}

export class Lock {
  #locked = false;
  #waiters = new Waiters();
  locked(): boolean { return this.#locked; }
  acquire(): Promise<boolean> { return label(this.#acquire(), 'Lock.acquire()'); }
  async #acquire(): Promise<boolean> {
    const core = currentCore();
    const ws = this.#waiters.items;
    let allCancelled = true;
    for (let i = 0; i < ws.length; i++) if (!ws[i].cancelled()) allCancelled = false;
    if (!this.#locked && allCancelled) { this.#locked = true; return true; }
    const fut = this.#waiters.add();
    try {
      try { await wait(core, fut); } finally { this.#waiters.remove(fut); }
    } catch (e) {
      if (isCancelledError(e) && !this.#locked) this.#wakeUpFirst();
      throw e;
    }
    this.#locked = true;
    return true;
  }
  release(): void {
    if (!this.#locked) throw new RuntimeError('Lock is not acquired.');
    this.#locked = false;
    this.#wakeUpFirst();
  }
  #wakeUpFirst(): void {
    const ws = this.#waiters.items;
    if (ws.length > 0 && !ws[0].done()) ws[0].setResult(true);
  }
}

export class Event {
  #value = false;
  #waiters = new Waiters();
  isSet(): boolean { return this.#value; }
  set(): void {
    if (this.#value) return;
    this.#value = true;
    const ws = this.#waiters.items;
    for (let i = 0; i < ws.length; i++) if (!ws[i].done()) ws[i].setResult(true);
  }
  clear(): void { this.#value = false; }
  wait(): Promise<boolean> { return label(this.#wait(), 'Event.wait()'); }
  async #wait(): Promise<boolean> {
    if (this.#value) return true;
    const core = currentCore();
    const fut = this.#waiters.add();
    try { await wait(core, fut); return true; } finally { this.#waiters.remove(fut); }
  }
}

export class Condition {
  #lock: Lock;
  #waiters = new Waiters();
  constructor(lock?: Lock) { this.#lock = lock ?? new Lock(); }
  locked(): boolean { return this.#lock.locked(); }
  acquire(): Promise<boolean> { return this.#lock.acquire(); }
  release(): void { this.#lock.release(); }
  wait(): Promise<boolean> { return label(this.#wait(), 'Condition.wait()'); }
  async #wait(): Promise<boolean> {
    if (!this.locked()) throw new RuntimeError('cannot wait on un-acquired lock');
    const core = currentCore();
    this.release();
    try {
      const fut = this.#waiters.add();
      try { await wait(core, fut); return true; } finally { this.#waiters.remove(fut); }
    } finally {
      // Must reacquire the lock even if the wait is cancelled.
      let cancelled = false;
      for (;;) {
        try { await this.acquire(); break; } catch (e) { if (isCancelledError(e)) cancelled = true; else throw e; }
      }
      if (cancelled) throw new CancelledError();
    }
  }
  async waitFor<T>(predicate: () => T): Promise<T> {
    let result = predicate();
    while (!result) { await this.wait(); result = predicate(); }
    return result;
  }
  notify(n = 1): void {
    if (!this.locked()) throw new RuntimeError('cannot notify on un-acquired lock');
    let idx = 0;
    const ws = this.#waiters.items;
    for (let i = 0; i < ws.length; i++) {
      if (idx >= n) break;
      if (!ws[i].done()) { idx++; ws[i].setResult(false); }
    }
  }
  notifyAll(): void { this.notify(this.#waiters.length); }
}

export class Semaphore {
  protected value: number;
  #waiters = new Waiters();
  constructor(value = 1) {
    if (!(value >= 0)) throw new ValueError('Semaphore initial value must be >= 0');
    this.value = value;
  }
  locked(): boolean {
    const ws = this.#waiters.items;
    for (let i = 0; i < ws.length; i++) if (!ws[i].cancelled()) return true;
    return this.value === 0;
  }
  acquire(): Promise<boolean> { return label(this.#acquire(), this.constructor.name + '.acquire()'); }
  async #acquire(): Promise<boolean> {
    if (!this.locked()) { this.value--; return true; }
    const core = currentCore();
    const fut = this.#waiters.add();
    try {
      try { await wait(core, fut); } finally { this.#waiters.remove(fut); }
    } catch (e) {
      if (isCancelledError(e) && !fut.cancelled()) { this.value++; this.#wakeUpNext(); }
      throw e;
    }
    if (this.value > 0) this.#wakeUpNext();
    return true;
  }
  release(): void {
    this.value++;
    this.#wakeUpNext();
  }
  #wakeUpNext(): void {
    const ws = this.#waiters.items;
    for (let i = 0; i < ws.length; i++) {
      if (!ws[i].done()) { this.value--; ws[i].setResult(true); return; }
    }
  }
}

export class BoundedSemaphore extends Semaphore {
  #bound: number;
  constructor(value = 1) { super(value); this.#bound = value; }
  override release(): void {
    if (this.value >= this.#bound) throw new ValueError('BoundedSemaphore released too many times');
    super.release();
  }
}
