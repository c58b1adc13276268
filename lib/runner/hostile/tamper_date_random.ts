// Date, Date.now, performance.now and Math.random are redefined; the virtual clock in the trace must not move with them.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
globalThis.Date = function FakeDate() { return { getTime: () => 42 }; };
globalThis.Date.now = () => 1e12;
Math.random = () => 0.5;
try { performance.now = () => 123456; } catch { /* a frozen performance is fine */ }
console.log(`random ${Math.random()} now ${Date.now()}`);
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
