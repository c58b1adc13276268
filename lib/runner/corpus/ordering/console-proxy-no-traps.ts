// A Proxy prints as its target without running a single trap (Node reads the target directly).
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
let traps = 0;
const handler = {};
for (const name of ['get', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf', 'defineProperty',
  'set', 'deleteProperty', 'apply', 'construct', 'isExtensible', 'preventExtensions', 'setPrototypeOf']) {
  handler[name] = (...args) => { traps++; return Reflect[name](...args); };
}
const target = { a: 1, nested: { b: [1, 2] } };
const p = new Proxy(target, handler);
console.log(p);
console.log([p, { p }]);
console.log('%o', new Proxy({ x: 1 }, {}));
console.log('%s|%O|%j', p, p, 1);
const arr = new Proxy([1, 2, 3], handler);
console.log(arr);
const fn = new Proxy(function named() {}, handler);
console.log(fn);
console.log(new Proxy(new Map([[1, 2]]), handler));
console.log('traps run:', traps);
