// ''.padEnd(2**29-24, 'ab'): a 512 MB string from one built-in call, flattened by a search and held to the end of the run.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const s = ''.padEnd(2 ** 29 - 24, 'ab');
console.log(s.length, s.indexOf('x'));
