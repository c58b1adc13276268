// Function.prototype.call/apply/bind (and Reflect.apply) are sabotaged; the runner's captured versions must not care.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const hijack = (what) => function () { throw new Error(`${what} hijacked`); };
Function.prototype.call = hijack('call');
Function.prototype.apply = hijack('apply');
Function.prototype.bind = hijack('bind');
Reflect.apply = hijack('Reflect.apply');
Reflect.construct = hijack('Reflect.construct');
Object.defineProperty = hijack('defineProperty');
Object.keys = hijack('keys');
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
