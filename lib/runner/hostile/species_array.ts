// Array[Symbol.species] and Array.prototype.constructor are poisoned, so every slice/map/filter on a plain array calls the attacker.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const boom = () => { throw new Error('species hijacked'); };
Object.defineProperty(Array, Symbol.species, { get: boom });
Array.prototype.constructor = { get [Symbol.species]() { return boom(); } };
console.log([1, [2, 3]], new Map([[1, 2]]));
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
