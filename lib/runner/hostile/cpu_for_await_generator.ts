// for await over an infinite async generator that never awaits time: only microtasks, forever.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
async function* naturals() {
  let i = 0;
  while (true) yield i++;
}
setTimeout(() => console.log('never printed'), 0);
console.log('iterating');
for await (const n of naturals()) {
  if (n < 0) break;
}
