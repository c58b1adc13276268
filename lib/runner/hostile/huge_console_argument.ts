// An 8 MB string and a million-element array handed to console.log.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
console.log(new Array(1e6).fill('x'));
console.log('z'.repeat(8 * 1024 * 1024));
console.log('never printed: the console limit was reached');
