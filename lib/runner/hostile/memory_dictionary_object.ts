// Memory bomb: an object used as a dictionary ('k' + i keys), which V8 stores as a hash table; it
// may also thrash the GC below the limit until the CPU limit stops it (see expected.json).
// @ts-nocheck (hostile test program, run by hostile.test.ts)
console.log('growing a dictionary');
const o = {};
for (let i = 0; ; i++) o['k' + i] = i;
