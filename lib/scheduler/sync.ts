// asyncio's synchronisation primitives on the virtual loop: Lock, Event and Semaphore.
// Waiters are woken in FIFO order; a cancelled waiter leaves the queue without taking a slot.
import { ErrorCtor, PromiseResolve } from './intrinsics.ts';
import { label } from './promises.ts';
import { Fifo, type Waiter, park } from './fifo.ts';

const ready = (text: string) => label(PromiseResolve(true as const), text);

export class Lock {
  #locked = false;
  #waiters = new Fifo<Waiter<boolean>>();
  /** Resolves with true once the lock is held by the caller. */
  acquire(): Promise<boolean> {
    if (!this.#locked && this.#waiters.size === 0) {
      this.#locked = true;
      return ready('Lock.acquire()');
    }
    return park(this.#waiters, 'Lock.acquire()', false);
  }
  release(): void {
    if (!this.#locked) throw new ErrorCtor('Lock is not acquired.');
    const next = this.#waiters.shift();
    if (next !== undefined) next.resolve(true); // hand over: stays locked
    else this.#locked = false;
  }
  locked(): boolean { return this.#locked; }
}

export class Event {
  #set = false;
  #waiters = new Fifo<Waiter<boolean>>();
  set(): void {
    this.#set = true;
    for (let w = this.#waiters.shift(); w !== undefined; w = this.#waiters.shift()) w.resolve(true);
  }
  clear(): void { this.#set = false; }
  isSet(): boolean { return this.#set; }
  wait(): Promise<boolean> {
    return this.#set ? ready('Event.wait()') : park(this.#waiters, 'Event.wait()', false);
  }
}

export class Semaphore {
  #value: number;
  #waiters = new Fifo<Waiter<boolean>>();
  constructor(value = 1) {
    if (!(value >= 0)) throw new ErrorCtor('Semaphore initial value must be >= 0');
    this.#value = value;
  }
  acquire(): Promise<boolean> {
    if (this.#value > 0 && this.#waiters.size === 0) {
      this.#value--;
      return ready('Semaphore.acquire()');
    }
    return park(this.#waiters, 'Semaphore.acquire()', false);
  }
  release(): void {
    const next = this.#waiters.shift();
    if (next !== undefined) next.resolve(true); // the slot passes straight to the next waiter
    else this.#value++;
  }
  locked(): boolean { return this.#value === 0; }
}
