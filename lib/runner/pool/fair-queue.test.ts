// The fair queue on its own: order of dispatch between clients, per-client and overall bounds.
import { describe, expect, it } from 'vitest';
import { ANONYMOUS_CLIENT, FairQueue, type Choice } from './fair-queue.ts';

const roomy = { maxQueued: 64, maxQueuedPerClient: 64 };

/** A pool of `size` workers whose runs never finish: tracks what each client holds. */
function fakePool(size: number) {
  const held = new Map<string, number>();
  const choice: Choice = { eligible: () => true, heavy: () => false, held: (c) => held.get(c) ?? 0 };
  return {
    choice,
    held,
    free: size,
    start(client: string) {
      held.set(client, (held.get(client) ?? 0) + 1);
      this.free--;
    },
    finish(client: string) {
      held.set(client, held.get(client)! - 1);
      this.free++;
    },
  };
}

describe('FairQueue', () => {
  it("one client's flood of 50 runs delays another client's single run by at most one run", () => {
    const queue = new FairQueue<string>(roomy);
    const pool = fakePool(1);
    queue.push('flood', 'flood-1');
    const first = queue.next(pool.choice)!; // dispatched at once: the flood's queue is empty again
    pool.start(first.client);
    for (let i = 2; i <= 50; i++) expect(queue.push('flood', `flood-${i}`)).toBeNull();
    expect(queue.push('user', 'benign')).toBeNull();
    pool.finish(first.client); // flood-1 ends: the next dispatch is the user's run, not flood-2
    const order: string[] = [first.item];
    for (let next = queue.next(pool.choice); next; next = queue.next(pool.choice)) order.push(next.item);
    expect(order.indexOf('benign')).toBe(1);
    expect(order).toHaveLength(51);
    expect(order.filter((item) => item.startsWith('flood'))).toEqual(Array.from({ length: 50 }, (_, i) => `flood-${i + 1}`));
  });

  it('prefers the client holding fewer workers, even one that queued later', () => {
    const queue = new FairQueue<string>(roomy);
    const pool = fakePool(2);
    for (let i = 1; i <= 5; i++) queue.push('flood', `flood-${i}`);
    pool.start(queue.next(pool.choice)!.client); // flood holds one worker
    queue.push('user', 'benign');
    expect(queue.next(pool.choice)!.item).toBe('benign');
  });

  it('serves every light client before a heavy one, whatever they hold or queued first', () => {
    const queue = new FairQueue<string>(roomy);
    queue.push('attacker', 'a1');
    queue.push('user-1', 'u1');
    queue.push('user-1', 'u2');
    queue.push('user-2', 'v1');
    const choice: Choice = { eligible: () => true, heavy: (c) => c === 'attacker', held: (c) => (c === 'user-1' ? 1 : 0) };
    const order: string[] = [];
    for (let next = queue.next(choice); next; next = queue.next(choice)) order.push(next.item);
    expect(order).toEqual(['v1', 'u1', 'u2', 'a1']);
  });

  it('serves clients with equal holdings round-robin', () => {
    const queue = new FairQueue<string>(roomy);
    for (const client of ['a', 'b', 'c']) for (let i = 1; i <= 3; i++) queue.push(client, `${client}${i}`);
    const order: string[] = [];
    const none: Choice = { eligible: () => true, heavy: () => false, held: () => 0 };
    for (let next = queue.next(none); next; next = queue.next(none)) order.push(next.item);
    expect(order).toEqual(['a1', 'b1', 'c1', 'a2', 'b2', 'c2', 'a3', 'b3', 'c3']);
  });

  it('refuses a client beyond its own cap while others still get in', () => {
    const queue = new FairQueue<number>({ maxQueued: 64, maxQueuedPerClient: 4 });
    for (let i = 0; i < 4; i++) expect(queue.push('greedy', i)).toBeNull();
    expect(queue.push('greedy', 4)).toBe('client-queue-full');
    expect(queue.push('other', 0)).toBeNull();
    expect(queue.size).toBe(5);
    expect(queue.queuedBy('greedy')).toBe(4);
  });

  it('refuses everyone beyond the overall bound, the anonymous client included', () => {
    const queue = new FairQueue<number>({ maxQueued: 6, maxQueuedPerClient: 2 });
    for (let i = 0; i < 5; i++) expect(queue.push(ANONYMOUS_CLIENT, i)).toBeNull(); // not held to the per-client cap
    expect(queue.push('a', 0)).toBeNull();
    expect(queue.push('b', 0)).toBe('queue-full');
    expect(queue.push(ANONYMOUS_CLIENT, 5)).toBe('queue-full');
    expect(queue.size).toBe(6);
  });

  it('skips clients that may not start, and gives nothing when none may', () => {
    const queue = new FairQueue<string>(roomy);
    queue.push('heavy', 'h1');
    queue.push('light', 'l1');
    const notHeavy: Choice = { eligible: (c) => c !== 'heavy', heavy: () => false, held: () => 0 };
    expect(queue.next(notHeavy)).toEqual({ client: 'light', item: 'l1' });
    expect(queue.next(notHeavy)).toBeNull();
    expect(queue.size).toBe(1);
  });

  it('removes a queued item once, and drains the rest', () => {
    const queue = new FairQueue<string>(roomy);
    queue.push('a', 'a1');
    queue.push('a', 'a2');
    queue.push('b', 'b1');
    expect(queue.remove('a', 'a1')).toBe(true);
    expect(queue.remove('a', 'a1')).toBe(false);
    expect(queue.remove('b', 'a2')).toBe(false);
    expect(queue.drain().sort()).toEqual(['a2', 'b1']);
    expect(queue.size).toBe(0);
  });
});
