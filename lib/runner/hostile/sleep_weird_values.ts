// sleep with negative, NaN, undefined and non-numeric delays: each is a zero-length sleep.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
await sleep(-1000);
await sleep(NaN);
await sleep(undefined);
await sleep('later');
await asyncio.sleep(-3);
await asyncio.sleep(NaN);
console.log(`slept ${performance.now()}`);
await sleep(5);
console.log(`then ${performance.now()}`);
