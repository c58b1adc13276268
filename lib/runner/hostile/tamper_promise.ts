// Promise, Promise.prototype.then and Promise.resolve are sabotaged; async code must still be traced.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const RealPromise = Promise;
try {
  RealPromise.prototype.then = function () { throw new Error('then hijacked'); };
} catch {
  // the runner may make then read-only: refusing the sabotage is fine too
}
RealPromise.resolve = () => { throw new Error('resolve hijacked'); };
RealPromise.all = () => { throw new Error('all hijacked'); };
globalThis.Promise = function FakePromise() { throw new Error('Promise hijacked'); };
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
