// Map/Set/Array.push/String/Uint8Array/EventTarget prototypes and Object.keys sabotaged before the new Node and web globals are used.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const hijack = () => { throw new Error('hijacked'); };
for (const C of [Map, Set, WeakMap]) for (const m of ['get', 'set', 'has', 'delete', 'add']) if (m in C.prototype) C.prototype[m] = hijack;
Array.prototype.push = hijack;
String.prototype.charCodeAt = hijack; String.prototype.toLowerCase = hijack; String.prototype.trim = hijack;
Object.getPrototypeOf(Uint8Array.prototype).set = hijack;
Object.keys = hijack; Reflect.apply = hijack; Function.prototype.call = hijack; Function.prototype.apply = hijack;
EventTarget.prototype.addEventListener = hijack; EventTarget.prototype.dispatchEvent = hijack;
const bytes = new TextEncoder().encode('ok€');
const text = new TextDecoder('UTF-8').decode(bytes);
process.nextTick(() => setImmediate(() => AbortSignal.timeout(1)));
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
console.log(text);
asyncio.run(main());
