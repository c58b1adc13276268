// Memory bomb: keeps distinct 1 MB strings alive in an array until the isolate runs out of heap.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
console.log('allocating');
const keep = [];
for (let i = 0; ; i++) keep.push(String(i).padEnd(1024 * 1024, 'x'));
