// Timer flood: a million setTimeouts, each with its own closure.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
let fired = 0;
console.log('scheduling');
for (let i = 0; i < 1e6; i++) setTimeout(() => { fired++; }, i % 1000);
setTimeout(() => console.log(`fired ${fired}`), 2000);
