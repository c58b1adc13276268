// Memory bomb: a resizable ArrayBuffer grown step by step towards 4 GB.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
console.log('resizing');
const b = new ArrayBuffer(1024, { maxByteLength: 2 ** 32 });
const copies = [];
for (let size = 1024 * 1024; ; size *= 2) {
  b.resize(size);
  copies.push(b.slice(0));
}
