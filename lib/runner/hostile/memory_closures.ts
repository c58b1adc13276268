// Memory bomb: a chain of closures, each capturing the previous one and its own array.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
console.log('closing over');
let f = () => 0;
for (let i = 0; ; i++) {
  const prev = f;
  const pad = new Array(64).fill(i);
  f = () => prev() + pad.length;
}
