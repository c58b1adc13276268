// structuredClone copies deeply (Maps, Sets, Dates, typed arrays, cycles, errors) and refuses functions.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const original = { n: 1, list: [1, { deep: true }], map: new Map([['k', new Set([1, 2])]]), when: new Date(0), bytes: new Uint8Array([1, 2, 3]), re: /a+b/gi };
original.self = original;
const copy = structuredClone(original);
console.log(copy !== original, copy.self === copy, copy.list[1] !== original.list[1]);
console.log(copy.map instanceof Map, copy.map.get('k') instanceof Set, [...copy.map.get('k')].join());
console.log(copy.when instanceof Date, copy.when.getTime(), copy.bytes instanceof Uint8Array, copy.bytes.join(), copy.re.source, copy.re.flags);
class Point { x = 1; }
const p = structuredClone(new Point());
console.log(p instanceof Point, p.x, Object.getPrototypeOf(p) === Object.prototype);
const e = structuredClone(new TypeError('bad'));
console.log(e instanceof TypeError, e.name, e.message);
for (const v of [() => 1, Symbol('s')]) {
  try { structuredClone(v); } catch (err: any) { console.log(err instanceof DOMException, err.name, err.code); }
}
console.log(structuredClone(undefined), structuredClone(null), structuredClone(12n), structuredClone('s'));
for (const v of [{ list: [1, { p: Promise.resolve() }] }, new Map([['k', new WeakMap()]]), new Set([1, Symbol('in a set')]), { nested: { arrow: () => 1 } }]) {
  try { structuredClone(v); } catch (err: any) { console.log(err.message); }
}
