// Output flood of wide objects: each of 2 console.log calls prints an object with 20,000 keys (about 300 KB of text).
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const wide = {};
for (let i = 0; i < 20_000; i++) wide[`key${i}`] = i;
for (let i = 0; i < 2; i++) console.log(wide);
