// A result padded to megabytes: thousands of tasks with 990-character names and long waits (7.5 MB of JSON before the result limit).
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const pad = 'n'.repeat(990);
const waits = [];
for (let i = 0; i < 5000; i++) waits.push(asyncio.createTask(sleep(i % 7), { name: `${pad}${i}` }));
await Promise.all(waits);
console.log('bloated');
