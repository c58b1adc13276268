// Memory bomb: a Set of ever more distinct 64 KB strings.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
console.log('collecting');
const s = new Set();
for (let i = 0; ; i++) s.add(`${i}:`.padEnd(64 * 1024, "s").toUpperCase());
