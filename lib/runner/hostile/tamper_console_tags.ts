// The machinery behind console's Proxy/promise/iterator display is sabotaged (WeakMap, Reflect,
// Proxy.revocable, Promise.resolve/species, Map/Set iterator methods and next) after values were
// made: printing them must still run no trap of the program's, never throw, and tell the truth.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
let traps = 0;
const spy = { get: () => { traps++; throw new Error('trap ran'); }, ownKeys: () => { traps++; throw new Error('trap ran'); },
  getPrototypeOf: () => { traps++; throw new Error('trap ran'); }, has: () => { traps++; throw new Error('trap ran'); } };
const proxy = new Proxy({ secret: 1 }, spy);
const revocable = Proxy.revocable({}, spy);
const settled = Promise.resolve('kept');
const iterator = new Map([['k', 'v']]).entries();
const hijack = () => { throw new Error('hijacked'); };
for (const m of ['get', 'set', 'has', 'delete']) { WeakMap.prototype[m] = hijack; Map.prototype[m] = hijack; }
for (const k of ['apply', 'construct', 'get', 'ownKeys', 'getPrototypeOf']) Reflect[k] = hijack;
Proxy.revocable = hijack;
Promise.resolve = hijack;
Object.defineProperty(Promise, Symbol.species, { get: hijack, configurable: true });
Map.prototype.entries = hijack;
Object.getPrototypeOf(new Set().values()).next = hijack;
revocable.revoke();
console.log(proxy, revocable.proxy, settled, iterator, 'traps', traps);
async function worker(name: string, seconds: number) {
  await asyncio.sleep(seconds);
  console.log(`${name} done`);
  return name;
}
async function main() {
  const a = asyncio.createTask(worker('a', 2));
  const b = asyncio.createTask(worker('b', 1));
  console.log(`${await a} ${await b}`);
}
asyncio.run(main());
