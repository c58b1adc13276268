// A 1 ms interval that is never cleared: 86.4 million ticks before the 24 h limit.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
setInterval(() => {}, 1);
