// Runs waiting for a worker, one FIFO per client, served fairly: light clients before heavy ones,
// then the client holding the fewest workers, then the one served longest ago, so a client with
// many queued runs cannot push others back. Bounded per client and overall; pure (no timers).
import { FAIR_QUEUE_REMEMBERED_CLIENTS } from '../limits.ts';

/** The key of runs whose caller names no client (CLI, tests, benchmarks): one shared queue. */
export const ANONYMOUS_CLIENT = '\0anonymous';

export interface FairQueueLimits {
  /** Runs waiting, all clients together. */
  maxQueued: number;
  /** Runs one named client may have waiting (the anonymous client is bounded only by maxQueued). */
  maxQueuedPerClient: number;
}

/** Why a run was not queued. */
export type Refusal = 'queue-full' | 'client-queue-full';

export interface Choice {
  /** Whether the client may start a run now (e.g. a heavy client already holding its share). */
  eligible(client: string): boolean;
  /** Whether the client's recent runs were expensive: it is served after every light client. */
  heavy(client: string): boolean;
  /** Workers the client holds now. */
  held(client: string): number;
}

/** Lexicographic order of (heavy, held, last served): smaller goes first; ties keep queue order. */
function before(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

export class FairQueue<T> {
  private readonly clients = new Map<string, T[]>();
  /** Serial number of each recent client's last dispatch, oldest first; absent means never. */
  private readonly lastServed = new Map<string, number>();
  private readonly limits: FairQueueLimits;
  private total = 0;
  private served = 0;

  constructor(limits: FairQueueLimits) {
    this.limits = limits;
  }

  get size(): number {
    return this.total;
  }

  queuedBy(client: string): number {
    return this.clients.get(client)?.length ?? 0;
  }

  /** Queues `item` for `client`, or says why not. */
  push(client: string, item: T): Refusal | null {
    if (this.total >= this.limits.maxQueued) return 'queue-full';
    const queue = this.clients.get(client) ?? [];
    if (client !== ANONYMOUS_CLIENT && queue.length >= this.limits.maxQueuedPerClient) return 'client-queue-full';
    queue.push(item);
    this.clients.set(client, queue);
    this.total++;
    return null;
  }

  /** Takes the next run of the fairest eligible client, or null when no queued client may start. */
  next(choice: Choice): { client: string; item: T } | null {
    let best: { client: string; queue: T[]; key: number[] } | null = null;
    for (const [client, queue] of this.clients) {
      if (!choice.eligible(client)) continue;
      const key = [choice.heavy(client) ? 1 : 0, choice.held(client), this.lastServed.get(client) ?? 0];
      if (!best || before(key, best.key)) best = { client, queue, key };
    }
    if (!best) return null;
    const item = best.queue.shift()!;
    if (best.queue.length === 0) this.clients.delete(best.client);
    this.total--;
    this.lastServed.delete(best.client); // re-inserted last: the most recently served
    this.lastServed.set(best.client, ++this.served);
    if (this.lastServed.size > FAIR_QUEUE_REMEMBERED_CLIENTS) this.lastServed.delete(this.lastServed.keys().next().value!);
    return { client: best.client, item };
  }

  /** Removes one queued item (e.g. a run that waited too long); false if it was not queued. */
  remove(client: string, item: T): boolean {
    const queue = this.clients.get(client);
    const index = queue ? queue.indexOf(item) : -1;
    if (!queue || index < 0) return false;
    queue.splice(index, 1);
    if (queue.length === 0) this.clients.delete(client);
    this.total--;
    return true;
  }

  /** Empties the queue, returning every item in no particular order. */
  drain(): T[] {
    const items = [...this.clients.values()].flatMap((queue) => queue);
    this.clients.clear();
    this.total = 0;
    return items;
  }
}
