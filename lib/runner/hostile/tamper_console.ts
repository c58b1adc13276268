// console is replaced (and its methods sabotaged) before async code runs; the program keeps the
// original object and prints through it, and the trace must stay right.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const out = console;
const info = out.info;
out.log = () => { throw new Error('log hijacked'); };
try {
  globalThis.console = { log() { throw new Error('fake console'); } };
} catch {
  // a read-only console global is fine too
}
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
