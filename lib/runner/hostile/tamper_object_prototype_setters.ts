// Setters on Object.prototype named '0', 'then', 'id', 'state', 'value', 'length', 'name' and 'next' trap every write the runner might make on a plain object.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
for (const key of ['0', '1', 'then', 'id', 'state', 'value', 'length', 'name', 'next', 'done', 'kind', 'spans', 'task']) {
  Object.defineProperty(Object.prototype, key, { __proto__: null, set() { throw new Error(`setter ${key} hijacked`); }, configurable: true });
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
