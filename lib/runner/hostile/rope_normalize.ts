// A rope of two-byte strings, then normalize(): flattening it allocates far outside the isolate's heap limit (3.2 GB).
// @ts-nocheck (hostile test program, run by hostile.test.ts)
let s = '\u00e9\u4e00';
for (let i = 0; i < 27; i++) s = s + s;
console.log('rope', s.length);
console.log(s.normalize('NFD').length);
