// Resolving a promise and printing it run none of the program's proxy traps or getters beyond Node's own.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
let traps = 0;
const count = { getOwnPropertyDescriptor(t, k) { traps++; return Reflect.getOwnPropertyDescriptor(t, k); },
  getPrototypeOf(t) { traps++; return Reflect.getPrototypeOf(t); }, get(t, k, r) { traps++; return Reflect.get(t, k, r); } };
const viaProto = Object.create(new Proxy({}, count));
let thenReads = 0;
const getterThen = { get then() { thenReads++; return undefined; } };
const p1 = new Promise((res) => res(viaProto));
const p2 = Promise.resolve(getterThen);
const p3 = new Promise((res) => res(new Proxy({ v: 1 }, count)));
console.log('after resolve: traps', traps, 'then reads', thenReads);
console.log(p1 === p1, typeof p2, typeof p3);
console.log('after print: traps', traps, 'then reads', thenReads);
Promise.all([p1, p2, p3]).then((values) => {
  console.log('settled', values.length, 'traps', traps, 'then reads', thenReads);
  console.log(Promise.resolve(1), Promise.reject(2).catch(() => 'caught'));
});
