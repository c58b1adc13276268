// Trace flood: 100,000 awaits record far more than the 20,000 trace events kept.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
for (let i = 0; i < 100_000; i++) await null;
console.log('done awaiting');
