// Half a million immediates queued at once, each passing arguments: queue memory and the macrotask limit hold.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
console.log('queueing');
for (let i = 0; i < 500_000; i++) setImmediate((a, b) => a + b, i, i);
