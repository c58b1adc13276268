// Memory bomb: one 1 GB typed array, far past the isolate's memory limit.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
console.log('allocating 1 GB');
const bytes = new Uint8Array(1e9);
bytes.fill(1);
console.log(`allocated ${bytes.length}`);
