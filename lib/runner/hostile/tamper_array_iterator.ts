// Array.prototype[Symbol.iterator], the array iterator's next, and the generator prototype's next are sabotaged.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const hijack = () => { throw new Error('iteration hijacked'); };
const arrayIteratorPrototype = Object.getPrototypeOf([][Symbol.iterator]());
const generatorPrototype = Object.getPrototypeOf(Object.getPrototypeOf((function* () {})()));
Array.prototype[Symbol.iterator] = hijack;
arrayIteratorPrototype.next = hijack;
generatorPrototype.next = hijack;
Array.prototype.forEach = hijack;
Array.prototype.map = hijack;
Array.prototype.join = hijack;
Array.prototype.slice = hijack;
Array.prototype.concat = hijack;
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
