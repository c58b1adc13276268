// Promise[Symbol.species] and promise.constructor are poisoned: any internal .then() on a native
// promise would hit them. The async code must still run and be traced.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
Object.defineProperty(Promise, Symbol.species, { get() { throw new Error('species hijacked'); } });
Object.defineProperty(Promise.prototype, 'constructor', { get() { throw new Error('constructor hijacked'); } });
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
