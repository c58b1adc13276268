// Atomics.wait would block the worker thread for real: no path to Atomics or shared memory may exist.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const routes = [
  () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1e9),
  () => globalThis.Atomics.wait,
  () => Function('return Atomics')(),
  () => new (Function('return SharedArrayBuffer')())(4),
  () => new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true }).buffer,
];
console.log(routes.map((r) => { try { return typeof r(); } catch (e) { return e.name; } }).join(' '));
