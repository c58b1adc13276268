// structuredClone of hostile values: proxies, throwing getters, forged tags, transfer junk; errors stay inside.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const attempts = {
  proxy: () => structuredClone(new Proxy({}, { get() { throw new Error('trap'); }, ownKeys() { throw new Error('keys trap'); } })),
  getter: () => structuredClone({ get x() { throw new Error('getter'); } }),
  tag: () => structuredClone({ [Symbol.toStringTag]: 'Map', size: 1e9 }),
  fakeMap: () => structuredClone(Object.setPrototypeOf({}, Map.prototype)),
  transfer: () => structuredClone(1, { transfer: [1, {}, null] }),
  fn: () => structuredClone(globalThis),
  promise: () => structuredClone(Promise.resolve()),
  symbol: () => structuredClone(Symbol('s')),
};
for (const [name, f] of Object.entries(attempts)) {
  try { const v = f(); console.log(name, 'ok', typeof v); } catch (e) { console.log(name, e?.name ?? typeof e); }
}
const err = structuredClone(new RangeError('kept'));
console.log(err instanceof RangeError, err.message);
