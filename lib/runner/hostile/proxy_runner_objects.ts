// Proxies wrapping the runner's own objects (asyncio, console, a Task, a sleep promise) are used in its place; each either works like the original or fails as a plain TypeError, and the trace stays right.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const seen = [];
const spy = (name, target) => new Proxy(target, {
  get(t, k, r) { if (typeof k === 'string') seen.push(`${name}.${k}`); return Reflect.get(t, k, t); },
});
const aio = spy('asyncio', asyncio);
const out = spy('console', console);
async function worker(name: string, seconds: number) {
  await aio.sleep(seconds);
  out.log(`${name} done`);
  return name;
}
async function main() {
  const a = aio.createTask(worker('a', 2));
  const b = spy('task', aio.createTask(worker('b', 1)));
  let viaProxy;
  try { viaProxy = await b; } catch (e) { viaProxy = `await proxied task: ${e.name}`; }
  let sleepProxy;
  try { sleepProxy = await new Proxy(sleep(0, 'slept'), {}); } catch (e) { sleepProxy = `await proxied sleep: ${e.name}`; }
  out.log(`${await a} ${viaProxy} ${sleepProxy}`);
}
await aio.run(main());
console.log(seen.includes('asyncio.createTask') && seen.includes('console.log'));
