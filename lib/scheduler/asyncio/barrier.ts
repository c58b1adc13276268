// asyncio.Barrier (Python 3.11): parties tasks meet; each gets its index; reset() and abort()
// break the waiters with BrokenBarrierError. Built on Condition exactly as locks.py builds it.
import { ErrorCtor, ObjectDefineProperty } from '../intrinsics.ts';
import { Condition, ValueError } from './locks.ts';
import { label } from '../promises.ts';

export class BrokenBarrierError extends ErrorCtor {}
ObjectDefineProperty(BrokenBarrierError.prototype, 'name', { value: 'BrokenBarrierError', writable: true, configurable: true });

const FILLING = 0, DRAINING = 1, RESETTING = 2, BROKEN = 3;

export class Barrier {
  #cond = new Condition();
  #parties: number;
  #state = FILLING;
  #count = 0;
  constructor(parties: number) {
    if (!(parties >= 1)) throw new ValueError('parties must be > 0');
    this.#parties = parties;
  }
  async #withCond<T>(body: () => Promise<T>): Promise<T> {
    await this.#cond.acquire();
    try { return await body(); } finally { this.#cond.release(); }
  }
  wait(): Promise<number> {
    return label(this.#withCond(async () => {
      await this.#block();
      try {
        const index = this.#count;
        this.#count++;
        if (index + 1 === this.#parties) this.#release(); else await this.#wait();
        return index;
      } finally {
        this.#count--;
        this.#exit();
      }
    }), 'Barrier.wait()');
  }
  async #block(): Promise<void> {
    await this.#cond.waitFor(() => this.#state !== DRAINING && this.#state !== RESETTING);
    if (this.#state === BROKEN) throw new BrokenBarrierError('Barrier aborted');
  }
  #release(): void {
    this.#state = DRAINING;
    this.#cond.notifyAll();
  }
  async #wait(): Promise<void> {
    await this.#cond.waitFor(() => this.#state !== FILLING);
    if (this.#state === BROKEN || this.#state === RESETTING) throw new BrokenBarrierError('Abort or reset of barrier');
  }
  #exit(): void {
    if (this.#count === 0) {
      if (this.#state === RESETTING || this.#state === DRAINING) this.#state = FILLING;
      this.#cond.notifyAll();
    }
  }
  reset(): Promise<void> {
    return this.#withCond(async () => {
      if (this.#count > 0) { if (this.#state !== RESETTING) this.#state = RESETTING; } else this.#state = FILLING;
      this.#cond.notifyAll();
    });
  }
  abort(): Promise<void> {
    return this.#withCond(async () => {
      this.#state = BROKEN;
      this.#cond.notifyAll();
    });
  }
  get parties(): number { return this.#parties; }
  get nWaiting(): number { return this.#state === FILLING ? this.#count : 0; }
  get broken(): boolean { return this.#state === BROKEN; }
}
