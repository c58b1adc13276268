// Task names and awaited texts far longer than the trace allows (a 50,000-char function name, a 1 MB createTask name).
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const long = 'n'.repeat(50_000);
const named = { [long]: async () => { await sleep(10); return 1; } };
async function main() {
  const t = asyncio.createTask(sleep(20, 2), { name: 'x'.repeat(1024 * 1024) });
  const total = (await named[long]()) + (await t);
  console.log(`total ${total}`);
}
await asyncio.run(main());
console.log('still traced');
