// A setTimeout callback that spins forever after the clock has advanced to it.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
setTimeout(() => {
  console.log('spinning in a timer');
  while (true) {}
}, 1500);
