// asyncio.Queue: FIFO with optional maxsize, blocking get/put, and join/taskDone accounting.
// A put hands its item straight to the longest-waiting getter, so wake-ups are deterministic.
import { ErrorCtor, PromiseResolve } from './intrinsics.ts';
import { label } from './promises.ts';
import { Fifo, type Waiter, park } from './fifo.ts';

export class QueueEmpty extends ErrorCtor {}
export class QueueFull extends ErrorCtor {}

export class Queue<T = unknown> {
  readonly maxsize: number;
  #items = new Fifo<T>();
  #getters = new Fifo<Waiter<T>>();
  #putters = new Fifo<Waiter<unknown>>();
  #joiners = new Fifo<Waiter<unknown>>();
  #unfinished = 0;
  constructor(maxsize = 0) {
    this.maxsize = maxsize > 0 ? maxsize : 0;
  }
  qsize(): number { return this.#items.size; }
  empty(): boolean { return this.#items.size === 0; }
  full(): boolean { return this.maxsize > 0 && this.#items.size >= this.maxsize; }

  putNowait(item: T): void {
    if (this.full()) throw new QueueFull('Queue is full');
    this.#unfinished++;
    const getter = this.#getters.shift();
    if (getter !== undefined) getter.resolve(item);
    else this.#items.push(item);
  }
  /** Waits while the queue is full; the item enters the queue the moment a slot frees. */
  put(item: T): Promise<unknown> {
    if (!this.full()) {
      this.putNowait(item);
      return label(PromiseResolve(undefined), 'Queue.put()');
    }
    return park(this.#putters, 'Queue.put()', undefined, item);
  }
  getNowait(): T {
    if (this.#items.size === 0) throw new QueueEmpty('Queue is empty');
    const item = this.#items.shift() as T;
    const putter = this.#putters.shift();
    if (putter !== undefined) {
      this.#items.push(putter.item as T);
      this.#unfinished++;
      putter.resolve(undefined);
    }
    return item;
  }
  get(): Promise<T> {
    if (this.#items.size > 0) return label(PromiseResolve(this.getNowait()), 'Queue.get()') as Promise<T>;
    return park(this.#getters, 'Queue.get()', undefined as T);
  }
  taskDone(): void {
    if (this.#unfinished <= 0) throw new ErrorCtor('taskDone() called too many times');
    if (--this.#unfinished === 0) {
      for (let w = this.#joiners.shift(); w !== undefined; w = this.#joiners.shift()) w.resolve(undefined);
    }
  }
  join(): Promise<unknown> {
    return this.#unfinished === 0 ? label(PromiseResolve(undefined), 'Queue.join()') : park(this.#joiners, 'Queue.join()', undefined);
  }
}
