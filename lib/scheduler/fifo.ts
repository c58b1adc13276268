// A FIFO with O(1) shift on a prototype-free array, plus "park a waiter" for the asyncio
// primitives: each parked wait is a labelled promise that Task.cancel() can end early.
import { PromiseCtor, safeArray } from './intrinsics.ts';
import { label, onCancel } from './promises.ts';

export class Fifo<T> {
  #items = safeArray<T>();
  #head = 0;
  get size(): number { return this.#items.length - this.#head; }
  push(v: T): void { this.#items[this.#items.length] = v; }
  shift(): T | undefined {
    if (this.#head >= this.#items.length) return undefined;
    const v = this.#items[this.#head];
    this.#items[this.#head++] = undefined as T;
    if (this.#head > 64 && this.#head * 2 > this.#items.length) this.#compact();
    return v;
  }
  /** Removes and returns the i-th item from the front (0 is what shift() would return). */
  takeAt(i: number): T | undefined {
    if (i === 0) return this.shift();
    const at = this.#head + i;
    if (i < 0 || at >= this.#items.length) return undefined;
    const v = this.#items[at];
    for (let j = at; j < this.#items.length - 1; j++) this.#items[j] = this.#items[j + 1];
    this.#items.length--;
    return v;
  }
  /** Removes the first occurrence of v (a cancelled waiter). */
  remove(v: T): void {
    for (let i = this.#head; i < this.#items.length; i++) {
      if (this.#items[i] === v) {
        for (let j = i; j < this.#items.length - 1; j++) this.#items[j] = this.#items[j + 1];
        this.#items.length--;
        return;
      }
    }
  }
  #compact(): void {
    const next = safeArray<T>();
    for (let i = this.#head; i < this.#items.length; i++) next[next.length] = this.#items[i];
    this.#items = next;
    this.#head = 0;
  }
}

export interface Waiter<T> {
  resolve: (v: T) => void;
  /** Payload carried by the waiter (a blocked Queue.put's item). */
  item?: unknown;
}

/** Parks a waiter in `queue`; cancelling the wait removes it and resolves it with `onCancelValue`. */
export function park<T>(queue: Fifo<Waiter<T>>, text: string, onCancelValue: T, item?: unknown): Promise<T> {
  let w!: Waiter<T>;
  const p = new PromiseCtor<T>((resolve) => { w = { resolve, item }; });
  queue.push(w);
  onCancel(p, () => { queue.remove(w); w.resolve(onCancelValue); });
  return label(p, text);
}
