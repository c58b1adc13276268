// Map iterators print a preview of what they have left: [Map Entries] / [Map Iterator].
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const m = new Map<unknown, unknown>([['a', 1], ['b', { deep: [1, 2] }], [3, 'three']]);
console.log(m.entries());
console.log(m.keys());
console.log(m.values());
console.log(m[Symbol.iterator]());
const it = m.entries();
it.next();
console.log(it);
it.next();
it.next();
console.log(it, it.next());
console.log(new Map().keys());
console.log({ nested: m.values() });
console.log([m.keys()]);
const big = new Map(Array.from({ length: 120 }, (_, i) => [i, i * 2]));
console.log(big.keys());
