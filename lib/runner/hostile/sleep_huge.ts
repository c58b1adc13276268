// sleep(1e15) and sleep(Infinity): the run ends at the virtual time limit.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
console.log('sleeping for ages');
await Promise.race([sleep(1e15), sleep(Infinity), asyncio.sleep(1e12)]);
console.log('never printed');
