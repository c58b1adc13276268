// Map.prototype.get/set/has/delete, Set.prototype.add/has and WeakMap.prototype.get/set are sabotaged.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const hijack = () => { throw new Error('collection hijacked'); };
for (const C of [Map, Set, WeakMap, WeakSet]) {
  for (const m of ['get', 'set', 'has', 'delete', 'add', 'forEach', 'clear']) {
    if (m in C.prototype) C.prototype[m] = hijack;
  }
}
Object.defineProperty(Map.prototype, 'size', { get: hijack });
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
