// Memory bomb: ever more 8 MB ArrayBuffers (zero-filled memory outside the JS heap).
// @ts-nocheck (hostile test program, run by hostile.test.ts)
console.log('growing buffers');
const keep = [];
for (let i = 0; ; i++) {
  const b = new ArrayBuffer(8 * 1024 * 1024);
  keep.push(b);
}
