// Freezes the global object and every built-in prototype before the async code runs; the runner must not need to write to them.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
for (const o of [globalThis, Object.prototype, Array.prototype, Function.prototype, Promise.prototype, Promise,
  Map.prototype, Set.prototype, String.prototype, Error.prototype, Error, JSON, Math, Symbol.prototype, Date.prototype]) {
  Object.freeze(o);
}
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
