// blockFor past the 24 h virtual limit: the run ends with status limit.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
console.log('blocking for 25 hours');
blockFor(25 * 3600 * 1000);
console.log('never printed');
