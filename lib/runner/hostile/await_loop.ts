// An endless chain of awaits: each await yields only to the microtask queue, so time never advances.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
console.log('awaiting forever');
while (true) await null;
