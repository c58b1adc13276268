// Trace flood: 40,000 awaited async calls, each a task (~5 events each, 10x the trace limit); 100,000 races the CPU limit.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
async function tiny(i: number) {
  return i;
}
let sum = 0;
for (let i = 0; i < 40_000; i++) sum += await tiny(i);
console.log(`sum ${sum}`);
