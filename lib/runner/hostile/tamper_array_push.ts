// Array.prototype.push and index setters are sabotaged before any async code runs; the trace must stay right.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
Array.prototype.push = function () { throw new Error('push hijacked'); };
Object.defineProperty(Array.prototype, '0', { set() { throw new Error('index setter hijacked'); }, configurable: true });
Map.prototype.set = function () { throw new Error('Map.set hijacked'); };
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
