// A 1 s interval that is never cleared: the virtual clock runs until the 24 h limit.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
setInterval(() => {}, 1000);
