// Promise[Symbol.species] is poisoned: every Promise.prototype.then call on a native promise reads
// it (await does not). The async code, which only awaits, must still run and be traced.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
Object.defineProperty(Promise, Symbol.species, { get() { throw new Error('species hijacked'); } });
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
