// Memory bomb: a Set grown to millions of small entries (the same process abort as a Map's rehash).
// @ts-nocheck (hostile test program, run by hostile.test.ts)
console.log('growing a set');
const s = new Set();
for (let i = 0; ; i++) s.add(i);
