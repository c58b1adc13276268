// JSON.stringify/parse are replaced, trying to forge the trace the scheduler sends to the host.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
JSON.stringify = () => '[["end","ok",0,null]]';
JSON.parse = () => ({});
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
