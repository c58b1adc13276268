// Proxies whose traps throw (or lie) are handed to console.log; the run must survive and go on.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const trap = () => { throw new Error('trap called'); };
const hostile = new Proxy({ a: 1 }, { get: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, has: trap, getPrototypeOf: trap });
try {
  console.log(hostile);
} catch (e) {
  console.log(`console.log threw: ${e.message}`);
}
const liar = new Proxy([1, 2, 3], { get: (t, k) => (k === 'length' ? 1e9 : Reflect.get(t, k)) });
try {
  console.log(liar);
} catch (e) {
  console.log(`console.log threw: ${e.message}`);
}
console.log('still alive');
