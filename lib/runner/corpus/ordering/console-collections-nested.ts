// Maps and Sets nested in each other and in objects; WeakMap/WeakSet hide their items.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const m = new Map<unknown, unknown>([[{ k: 1 }, new Set([1, 2])], ['list', [1, 2, 3]]]);
console.log(m);
console.log(new Set([new Map([[1, 2]]), new Set()]));
console.log({ m, empty: new Map(), es: new Set() });
console.log(new WeakMap(), new WeakSet());
class MyMap extends Map {}
console.log(new MyMap([[1, 1]]));
class MySet extends Set {}
console.log(new MySet());
const withProp = new Map([[1, 2]]);
withProp.extra = 'x';
console.log(withProp);
