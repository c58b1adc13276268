// asyncio.Queue after CPython 3.11's queues.py: putNowait only wakes the first getter (the item
// stays in the queue until that getter runs), so qsize()/empty()/full() read as CPython's.
import { ErrorCtor, ObjectDefineProperty } from '../intrinsics.ts';
import { Fifo } from '../fifo.ts';
import { label } from '../promises.ts';
import { Event, ValueError } from './locks.ts';
import { Waiters, currentCore, wait } from './waiters.ts';

export class QueueEmpty extends ErrorCtor {}
export class QueueFull extends ErrorCtor {}
for (const C of [QueueEmpty, QueueFull]) {
  ObjectDefineProperty(C.prototype, 'name', { value: C.name, writable: true, configurable: true });
}

export class Queue<T = unknown> {
  #maxsize: number;
  #items = new Fifo<T>();
  #getters = new Waiters();
  #putters = new Waiters();
  #unfinished = 0;
  #finished = new Event();
  constructor(maxsize = 0) {
    this.#maxsize = +maxsize || 0;
    this.#finished.set();
  }
  get maxsize(): number { return this.#maxsize; }
  qsize(): number { return this.#items.size; }
  empty(): boolean { return this.#items.size === 0; }
  full(): boolean { return this.#maxsize > 0 && this.#items.size >= this.#maxsize; }

  put(item: T): Promise<void> { return label(this.#put(item), 'Queue.put()'); }
  async #put(item: T): Promise<void> {
    const core = currentCore();
    while (this.full()) {
      const putter = this.#putters.add();
      try {
        await wait(core, putter);
      } catch (e) {
        putter.cancel();
        this.#putters.remove(putter);
        if (!this.full() && !putter.cancelled()) this.#putters.wakeupNext(null);
        throw e;
      }
    }
    this.putNowait(item);
  }
  putNowait(item: T): void {
    if (this.full()) throw new QueueFull();
    this.#items.push(item);
    this.#unfinished++;
    this.#finished.clear();
    this.#getters.wakeupNext(null);
  }
  get(): Promise<T> { return label(this.#get(), 'Queue.get()'); }
  async #get(): Promise<T> {
    const core = currentCore();
    while (this.empty()) {
      const getter = this.#getters.add();
      try {
        await wait(core, getter);
      } catch (e) {
        getter.cancel();
        this.#getters.remove(getter);
        if (!this.empty() && !getter.cancelled()) this.#getters.wakeupNext(null);
        throw e;
      }
    }
    return this.getNowait();
  }
  getNowait(): T {
    if (this.empty()) throw new QueueEmpty();
    const item = this.#items.shift() as T;
    this.#putters.wakeupNext(null);
    return item;
  }
  taskDone(): void {
    if (this.#unfinished <= 0) throw new ValueError('taskDone() called too many times');
    this.#unfinished--;
    if (this.#unfinished === 0) this.#finished.set();
  }
  join(): Promise<void> { return label(this.#join(), 'Queue.join()'); }
  async #join(): Promise<void> {
    if (this.#unfinished > 0) await this.#finished.wait();
  }
}
