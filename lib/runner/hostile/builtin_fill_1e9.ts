// new Array(1e9).fill(0): one built-in call that allocates gigabytes past the isolate's limit.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
console.log('filling');
const a = new Array(1e9).fill(0);
console.log(a.length);
