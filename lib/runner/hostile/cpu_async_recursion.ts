// Async recursion without time, two calls per call: pending tasks and their microtasks pile up until memory runs out first.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
async function again() {
  await null;
  again();
  again();
}
console.log('recursing');
again();
