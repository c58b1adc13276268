// Object.defineProperty on globalThis replaces the sandbox's globals with throwing getters after the program saved them; the runner must not depend on the globals.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const saved = { asyncio: globalThis.asyncio, console: globalThis.console };
const defineProperty = Object.defineProperty;
const boom = () => { throw new Error('global hijacked'); };
for (const name of ['asyncio', 'console', 'sleep', 'setTimeout', 'setInterval', 'queueMicrotask', 'Promise', 'Date',
  'performance', 'Task', 'blockFor', 'JSON', 'Object', 'Array', 'Map', 'Symbol', 'Error', 'String', 'Math', 'Reflect',
  '__' + 'tl_step', '__' + 'tl_emit', '__' + 'tl_boot']) {
  defineProperty(globalThis, name, { get: boom, set: boom, configurable: false });
}
const { asyncio, console } = saved;
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
