// Memory bomb: pushes distinct 32 MB strings (toUpperCase makes each a fresh flat copy, so each
// really takes its memory) into an array until the isolate runs out of heap.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
console.log('allocating');
const base = 'x'.repeat(32 * 1024 * 1024);
const keep = [];
for (let i = 0; ; i++) keep.push(`${i}:${base}`.toUpperCase());
