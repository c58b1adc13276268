// Set iterators print their remaining values; entries() shows [v, v] pairs.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const s = new Set<unknown>([1, 'two', { three: 3 }, [4]]);
console.log(s.values());
console.log(s.keys());
console.log(s.entries());
console.log(s[Symbol.iterator]());
const it = s.values();
it.next();
it.next();
console.log(it);
for (const _ of it) { /* drain */ }
console.log(it);
console.log(new Set().entries());
console.log([new Set(['x']).values()], { it: new Set().values() });
console.log(new Set(Array.from({ length: 150 }, (_, i) => i)).values());
