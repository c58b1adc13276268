// WebAssembly (code outside V8's interrupt checks, and a host of APIs) must be unreachable by any path.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]);
const routes = [
  () => WebAssembly.compile(bytes),
  () => globalThis.WebAssembly.Module,
  () => Function('return WebAssembly')(),
  () => (0, eval)('WebAssembly'),
];
console.log(routes.map((r) => { try { return typeof r(); } catch (e) { return e.name; } }).join(' '));
