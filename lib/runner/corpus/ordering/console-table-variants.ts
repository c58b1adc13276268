// console.table over arrays, objects, Maps, Sets, a column filter and non-tabular data.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
console.table([[1, 2], [3, 4, 5]]);
console.table([{ a: 1, b: 'x' }, { b: 'y', c: true }], ['b', 'c']);
console.table(new Map([['k1', { v: 1 }], ['k2', 2]]));
console.table(new Set(['s1', 's2']));
console.table({ x: 1, y: { z: 2 } });
console.table([{ nested: { deep: { deeper: 1 } }, arr: [1, 2, 3], obj: { a: 1, b: 2, c: 3 } }]);
console.table('not tabular');
console.table(42);
console.table([]);
console.table([null, undefined, 'str']);
