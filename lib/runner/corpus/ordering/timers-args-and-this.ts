// Extra arguments reach timer and immediate callbacks; `this` is the Timeout or Immediate object.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
setTimeout(function (a, b) {
  console.log('timeout args', a, b, this.constructor.name, this._idleTimeout, this._repeat);
  setImmediate(function (...rest) { console.log('immediate', rest.length, rest.join('+'), this.constructor.name); }, 1, 2, 3);
}, 5, 'x', 42);
const iv = setInterval(function (n) {
  console.log('interval', n, this === iv, this._repeat);
  clearInterval(this);
}, 30, 'n');
process.nextTick((a, b) => console.log('tick args', a, b), 'p', 'q');
console.log('sync');
