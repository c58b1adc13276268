// A hand-written async queue: producers on timers, a consumer awaiting resolvers.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
class Channel<T> {
  items: T[] = [];
  waiters: ((v: T) => void)[] = [];
  put(v: T) {
    const w = this.waiters.shift();
    if (w) w(v);
    else this.items.push(v);
  }
  get(): Promise<T> {
    if (this.items.length > 0) return Promise.resolve(this.items.shift() as T);
    return new Promise((r) => this.waiters.push(r));
  }
}
const ch = new Channel<string>();
async function producer(name: string, delays: number[]) {
  for (const d of delays) {
    await new Promise((r) => setTimeout(r, d));
    ch.put(`${name}@${d}`);
  }
}
async function consumer(n: number) {
  const got: string[] = [];
  for (let i = 0; i < n; i++) got.push(await ch.get());
  console.log(got);
}
ch.put('early');
consumer(5).then(() => console.log('consumer done'));
producer('p', [10, 20]);
producer('q', [15]);
ch.put('sync');
