// Promise.prototype.constructor, Promise.resolve and Symbol.hasInstance are replaced, so SpeciesConstructor and instanceof inside then would call the attacker.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const boom = () => { throw new Error('constructor hijacked'); };
function Evil(executor) { boom(); }
Evil[Symbol.species] = Evil;
Promise.prototype.constructor = Evil;
Object.defineProperty(Promise, Symbol.hasInstance, { value: boom });
Object.defineProperty(Error, Symbol.hasInstance, { value: boom });
Promise.prototype.catch = boom;
Promise.prototype.finally = boom;
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
