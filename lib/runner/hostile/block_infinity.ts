// blockFor(Infinity): must end at the virtual time limit, not loop or overflow.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
console.log('blocking forever');
blockFor(Infinity);
console.log('never printed');
