// The deque of waiter futures every asyncio primitive keeps (CPython's collections.deque of
// futures), with the two walks they share: wake the first not-done waiter, remove one waiter.
import { safeArray } from '../intrinsics.ts';
import { Future } from './future.ts';
import type { TaskCore } from './task.ts';
import { awaitFuture, currentCore } from './suspend.ts';

export class Waiters {
  items = safeArray<Future>();
  get length(): number { return this.items.length; }
  add(): Future {
    const f = new Future();
    this.items[this.items.length] = f;
    return f;
  }
  remove(f: Future): void {
    const kept = safeArray<Future>();
    let removed = false;
    for (let i = 0; i < this.items.length; i++) {
      if (!removed && this.items[i] === f) removed = true; else kept[kept.length] = this.items[i];
    }
    this.items = kept;
  }
  /** Pops waiters until one not done is woken with value (Queue._wakeup_next). */
  wakeupNext(value: unknown): void {
    while (this.items.length > 0) {
      const w = this.items[0];
      this.remove(w);
      if (!w.done()) { w.setResult(value); break; }
    }
  }
}

/** `await fut` as the running task (the primitives' coroutines run inline in their caller's task). */
export function wait(core: TaskCore | null, fut: Future): Promise<unknown> {
  return awaitFuture(core, fut);
}
export { currentCore };
