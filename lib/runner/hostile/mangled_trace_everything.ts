// Everything at once: JSON, Array.prototype.push, Promise, console, Object.prototype setters, Function.prototype.call and String.prototype.slice are sabotaged before async code runs; the program prints through a saved console.info.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const info = console.info;
const hijack = () => { throw new Error('hijacked'); };
JSON.stringify = () => '[["end","ok",0,null]]';
JSON.parse = hijack;
Array.prototype.push = hijack;
String.prototype.slice = hijack;
Function.prototype.call = hijack;
Object.defineProperty(Object.prototype, '0', { set: hijack, configurable: true });
console.log = hijack;
globalThis.console = { log: hijack, info: hijack };
globalThis.Promise = function FakePromise() { hijack(); };
async function worker(name: string, seconds: number) {
  await asyncio.sleep(seconds);
  info(`${name} done`);
  return name;
}
async function main() {
  const a = asyncio.createTask(worker('a', 2));
  const b = asyncio.createTask(worker('b', 1));
  info(`${await a} ${await b}`);
}
asyncio.run(main());
