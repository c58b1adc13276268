// sort() of 3e6 numbers: the default sort compares as strings inside one uninterruptible built-in.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const numbers = Array.from({ length: 3e6 }, (_, i) => (i * 7919) % 3e6);
console.log('sorting');
numbers.sort();
numbers.sort();
console.log('sorted');
