// A named async function expression calls itself by its own name, which is read-only inside.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const factorial = async function fact(n) {
  if (n <= 1) return 1;
  return n * (await fact(n - 1));
};
const countdown = async function tick(n) {
  console.log('tick', n);
  if (n > 0) await tick(n - 1);
  try { tick = null; } catch (e) { return e.constructor.name; }
};
factorial(6).then((v) => console.log('6! =', v));
countdown(2).then((v) => console.log('assigning the name:', v));
console.log(typeof fact);
