// process.nextTick's queue. Node drains it before the promise microtasks after every macrotask,
// and again whenever microtasks queued more ticks; the loop (loop.ts) calls runTicks at those
// points. A tick that queues ticks forever never lets anything else run, exactly as in Node: the
// CPU limit ends such a run.
import { ReflectApply } from './intrinsics.ts';
import { Fifo } from './fifo.ts';
import { S } from './state.ts';
import { reportUncaught } from './ending.ts';
import { checkCallback } from './node-errors.ts';

interface Tick { fn: Function; args: unknown[]; task: number }

const queue = new Fifo<Tick>();

export function nextTick(this: unknown, cb: unknown, ...args: unknown[]): void {
  checkCallback(cb, nextTick);
  queue.push({ fn: cb as Function, args, task: S.current });
}

export function hasTicks(): boolean {
  return queue.size > 0;
}

/** Runs every queued tick, including ticks queued by ticks, each as the task that queued it. */
export function runTicks(): void {
  for (let t = queue.shift(); t !== undefined && !S.ended; t = queue.shift()) {
    const prev = S.current;
    S.current = t.task;
    try {
      ReflectApply(t.fn, undefined, t.args);
    } catch (e) {
      reportUncaught(e);
    } finally {
      S.current = prev;
    }
  }
}
